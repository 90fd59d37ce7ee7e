package dev.tributary;

import dev.tributary.platform.MasterKeys;
import java.util.Arrays;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class TributaryApplication {

    public static void main(String[] args) {
        if (Arrays.asList(args).contains("--generate-master-key")) {
            // For clusters: every instance must decrypt the same secrets, so they share one keyset.
            System.out.println(MasterKeys.generateBase64());
            return;
        }
        SpringApplication application = new SpringApplication(TributaryApplication.class);
        if (Arrays.asList(args).contains("--demo")) {
            application.setAdditionalProfiles("demo");
        }
        application.run(args);
    }
}

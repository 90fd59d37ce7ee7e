package dev.tributary.platform;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Every {@code TRIBUTARY_*} setting, bound from {@code application.properties}.
 *
 * @param dataDir               where the embedded database and the generated master keyset live
 * @param publicUrl             absolute base URL used in webhook URLs; derived from the request when blank
 * @param edition               {@code enterprise} (default) or {@code community}
 * @param masterKey             Tink JSON keyset (plain or base64); generated into {@code dataDir} when blank
 * @param nodeName              name of this instance in sync runs and the scheduler; host name when blank
 * @param syncTransport         how runs execute; only {@code direct} exists today
 * @param allowHttpProviderUrls accept plain-http provider URLs for non-loopback hosts (never in production)
 */
@ConfigurationProperties(prefix = "tributary")
public record TributaryProperties(
        Path dataDir,
        String publicUrl,
        Edition edition,
        String masterKey,
        String nodeName,
        String syncTransport,
        boolean allowHttpProviderUrls,
        Bootstrap bootstrap) {

    public TributaryProperties {
        dataDir = dataDir == null ? Path.of("data") : dataDir;
        edition = edition == null ? Edition.ENTERPRISE : edition;
        syncTransport = syncTransport == null || syncTransport.isBlank() ? "direct" : syncTransport;
        bootstrap = bootstrap == null ? new Bootstrap("default", null, null) : bootstrap;
    }

    /**
     * First-start settings; each applies only while nothing of its kind exists yet.
     */
    public record Bootstrap(String tenantName, String adminPassword, String apiKey) {
        public Bootstrap {
            tenantName = tenantName == null || tenantName.isBlank() ? "default" : tenantName;
        }
    }
}

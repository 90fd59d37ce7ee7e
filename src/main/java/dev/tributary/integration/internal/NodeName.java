package dev.tributary.integration.internal;

import dev.tributary.platform.TributaryProperties;
import java.net.InetAddress;
import java.net.UnknownHostException;
import org.springframework.stereotype.Component;

/** The name of this instance in run rows and the scheduler ({@code TRIBUTARY_NODE_NAME} or the host name). */
@Component
class NodeName {

    private final String value;

    NodeName(TributaryProperties properties) {
        String configured = properties.nodeName();
        if (configured != null && !configured.isBlank()) {
            value = configured.trim();
        } else {
            String host;
            try {
                host = InetAddress.getLocalHost().getHostName();
            } catch (UnknownHostException e) {
                host = "tributary";
            }
            value = host + "-" + ProcessHandle.current().pid();
        }
    }

    String value() {
        return value.length() > 50 ? value.substring(0, 50) : value;
    }
}

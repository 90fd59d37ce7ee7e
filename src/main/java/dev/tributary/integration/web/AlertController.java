package dev.tributary.integration.web;

import dev.tributary.integration.AlertRecord;
import dev.tributary.integration.Alerts;
import dev.tributary.platform.Caller;
import dev.tributary.psa.ListPage;
import dev.tributary.psa.PageRequest;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/alerts")
class AlertController {

    private final Alerts alerts;

    AlertController(Alerts alerts) {
        this.alerts = alerts;
    }

    record AlertJson(UUID id, String provider, String externalAlertId, String externalDeviceId, UUID assetId, String severity,
                     String status, String message, String deviceName, UUID ticketId, Instant triggeredAt, Instant resolvedAt,
                     Map<String, Object> metadata) {
        static AlertJson of(AlertRecord a) {
            return new AlertJson(a.id(), a.provider(), a.externalAlertId(), a.externalDeviceId(), a.assetId(), a.severity(),
                    a.status(), a.message(), a.deviceName(), a.ticketId(), a.triggeredAt(), a.resolvedAt(), a.metadata());
        }
    }

    @GetMapping
    ListPage<AlertJson> list(Caller caller, @RequestParam(required = false) String provider,
                             @RequestParam(required = false) String status,
                             @RequestParam(required = false) Integer limit,
                             @RequestParam(required = false) Long offset) {
        return alerts.list(caller.tenantId(), provider, status, PageRequest.of(limit, offset)).map(AlertJson::of);
    }
}

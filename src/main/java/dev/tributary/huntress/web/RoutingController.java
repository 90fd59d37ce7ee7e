package dev.tributary.huntress.web;

import dev.tributary.huntress.HuntressProvider;
import dev.tributary.huntress.settings.HuntressSettings;
import dev.tributary.integration.IntegrationAdmin;
import dev.tributary.integration.IntegrationStatus;
import dev.tributary.platform.Caller;
import dev.tributary.platform.InvalidFieldException;
import dev.tributary.platform.NotFoundException;
import dev.tributary.platform.Problem;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Saves the routing form of the Huntress settings page through the same validated settings patch as
 * {@code PATCH /api/v1/integrations/huntress/settings}, then returns to the page with a message.
 */
@Controller
class RoutingController {

    static final String PATH = "/settings/integrations/huntress/routing";
    private static final String PAGE = "/settings/integrations/" + HuntressProvider.ID;

    private final IntegrationAdmin admin;
    private final JsonMapper mapper;

    RoutingController(IntegrationAdmin admin, JsonMapper mapper) {
        this.admin = admin;
        this.mapper = mapper;
    }

    @PostMapping(PATH)
    String save(Caller caller, @RequestParam Map<String, String> form, RedirectAttributes redirect) {
        ObjectNode patch = patch(form);
        try {
            IntegrationStatus status = admin.patchSettings(caller.tenantId(), caller.name(), HuntressProvider.ID, patch);
            HuntressSettings settings = HuntressSettings.parse(status.settings());
            redirect.addFlashAttribute("flash", settings.routingComplete()
                    ? "Huntress routing saved. Incidents are polled every " + settings.pollIntervalMinutes() + " minute(s)."
                    : "Huntress routing saved. Polling starts once these are set: " + String.join(", ", settings.missingRouting()) + ".");
        } catch (InvalidFieldException e) {
            redirect.addFlashAttribute("flashError", "Routing not saved: " + e.getMessage());
        } catch (NotFoundException e) {
            redirect.addFlashAttribute("flashError", "Connect Huntress before configuring its routing.");
        } catch (Problem.ProblemException e) {
            redirect.addFlashAttribute("flashError", e.problem().detail());
        }
        return "redirect:" + PAGE;
    }

    /** The form as a settings patch: empty selects clear a value, numbers go to the validator as typed. */
    ObjectNode patch(Map<String, String> form) {
        ObjectNode patch = mapper.createObjectNode();
        for (String key : new String[] {HuntressSettings.BOARD, HuntressSettings.CATEGORY, HuntressSettings.SUBCATEGORY,
                HuntressSettings.FALLBACK_CLIENT, HuntressSettings.FALLBACK_BOARD, HuntressSettings.CLOSED_STATUS}) {
            id(patch, key, form.get(key));
        }
        ObjectNode priorities = patch.putObject(HuntressSettings.SEVERITY_PRIORITY_MAP);
        id(priorities, "critical", form.get("priorityCritical"));
        id(priorities, "high", form.get("priorityHigh"));
        id(priorities, "low", form.get("priorityLow"));
        number(patch, HuntressSettings.POLL_INTERVAL, form.get(HuntressSettings.POLL_INTERVAL));
        number(patch, HuntressSettings.BACKFILL_DAYS, form.get(HuntressSettings.BACKFILL_DAYS));
        String autoClose = form.get(HuntressSettings.AUTO_CLOSE);
        patch.put(HuntressSettings.AUTO_CLOSE, autoClose != null && (autoClose.equals("true") || autoClose.equals("on")));
        return patch;
    }

    private static void id(ObjectNode node, String key, String value) {
        if (value == null || value.isBlank()) {
            node.putNull(key);
        } else {
            node.put(key, value.trim());
        }
    }

    private static void number(ObjectNode node, String key, String value) {
        if (value != null && !value.isBlank()) {
            node.put(key, value.trim());
        }
    }
}

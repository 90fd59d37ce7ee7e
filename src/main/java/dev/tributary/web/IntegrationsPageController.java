package dev.tributary.web;

import dev.tributary.integration.Category;
import dev.tributary.integration.IntegrationRecord;
import dev.tributary.integration.Integrations;
import dev.tributary.integration.ProviderRegistry;
import dev.tributary.platform.Caller;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** Settings → Integrations: one section per category, one card per provider of the registry. */
@Controller
class IntegrationsPageController {

    private final ProviderRegistry registry;
    private final Integrations integrations;

    IntegrationsPageController(ProviderRegistry registry, Integrations integrations) {
        this.registry = registry;
        this.integrations = integrations;
    }

    record Card(String id, String title, String summary, boolean connected, String syncError, String path) {
    }

    record Section(String key, String title, List<Card> cards) {
    }

    @GetMapping("/settings/integrations")
    String integrations(Caller caller, Model model) {
        List<Section> sections = Arrays.stream(Category.values())
                .map(category -> new Section(category.value(), category.title(), registry.visible(category).stream()
                        .map(p -> {
                            Optional<IntegrationRecord> row = integrations.find(caller.tenantId(), p.id());
                            boolean connected = row.map(IntegrationRecord::active).orElse(false);
                            return new Card(p.id(), p.descriptor().title(), p.descriptor().summary(), connected,
                                    connected ? row.get().syncError() : null, p.settingsPath());
                        }).toList()))
                .toList();
        model.addAttribute("sections", sections);
        model.addAttribute("edition", registry.edition().name().toLowerCase());
        return "settings/integrations";
    }
}

package dev.tributary.integration.internal;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Normalizes organization and client names for exact matching: Unicode-compatible folding,
 * lowercase, apostrophes dropped (ASCII and typographic, so {@code O’Brien} equals {@code O'Brien}),
 * every other run of non-letters/digits becomes one space, trimmed. Letters such as {@code é} are
 * kept: {@code Café Müller} and {@code cafe muller} are different names.
 */
public final class NameNormalizer {

    private static final Pattern APOSTROPHES = Pattern.compile("['’‘`´ʼ]");
    private static final Pattern SEPARATORS = Pattern.compile("[^\\p{L}\\p{N}]+");

    private NameNormalizer() {
    }

    public static String normalize(String name) {
        if (name == null) {
            return "";
        }
        String folded = Normalizer.normalize(name, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        String noApostrophes = APOSTROPHES.matcher(folded).replaceAll("");
        return SEPARATORS.matcher(noApostrophes).replaceAll(" ").trim();
    }
}

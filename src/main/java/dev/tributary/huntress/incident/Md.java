package dev.tributary.huntress.incident;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Markdown for provider text: vendor values are escaped or put in code spans, never interpreted. */
final class Md {

    private static final String INLINE_SPECIALS = "\\`*_[]<>#|~";
    private static final Pattern LINE_START_MARKER = Pattern.compile("^(\\s*)([-+>=]|\\d+[.)])");
    private static final Pattern BACKTICKS = Pattern.compile("`+");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'").withZone(ZoneOffset.UTC);

    private Md() {
    }

    /** One line of plain text: newlines become spaces, markdown punctuation is escaped. */
    static String inline(String text) {
        if (text == null) {
            return "";
        }
        String flat = text.replaceAll("\\s*\\R\\s*", " ").strip();
        StringBuilder out = new StringBuilder(flat.length() + 8);
        for (int i = 0; i < flat.length(); i++) {
            char c = flat.charAt(i);
            if (INLINE_SPECIALS.indexOf(c) >= 0) {
                out.append('\\');
            }
            out.append(c);
        }
        String escaped = out.toString();
        Matcher marker = LINE_START_MARKER.matcher(escaped);
        return marker.find() ? marker.group(1) + "\\" + escaped.substring(marker.group(1).length()) : escaped;
    }

    /** A paragraph block: each line escaped, so no line can start a heading, list or quote. */
    static String block(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        for (String line : text.strip().split("\\R", -1)) {
            if (!out.isEmpty()) {
                out.append("  \n");
            }
            out.append(inline(line));
        }
        return out.toString();
    }

    /** A code span holding the value literally (backticks inside are fenced by a longer run). */
    static String code(String value) {
        if (value == null) {
            return "";
        }
        String flat = value.replaceAll("\\s*\\R\\s*", " ").strip();
        String fence = "`".repeat(longestBacktickRun(flat) + 1);
        boolean pad = flat.startsWith("`") || flat.endsWith("`");
        return fence + (pad ? " " : "") + flat + (pad ? " " : "") + fence;
    }

    /** A fenced block holding multi-line text literally. */
    static String fenced(String text) {
        String fence = "`".repeat(Math.max(3, longestBacktickRun(text) + 1));
        return fence + "text\n" + text.strip() + "\n" + fence;
    }

    static String time(Instant instant) {
        return instant == null ? "unknown" : TIME.format(instant);
    }

    /** A link whose URL cannot break out of the markdown link syntax. */
    static String link(String label, String url) {
        String safe = url.replace(" ", "%20").replace("(", "%28").replace(")", "%29").replace("<", "%3C").replace(">", "%3E");
        return "[" + inline(label) + "](" + safe + ")";
    }

    private static int longestBacktickRun(String text) {
        int longest = 0;
        Matcher matcher = BACKTICKS.matcher(text);
        while (matcher.find()) {
            longest = Math.max(longest, matcher.group().length());
        }
        return longest;
    }
}

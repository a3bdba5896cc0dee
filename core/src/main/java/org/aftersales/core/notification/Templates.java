package org.aftersales.core.notification;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.aftersales.core.error.Violations;
import org.aftersales.core.internal.BundledResources;
import org.aftersales.core.json.AftersalesJson;
import org.aftersales.core.json.JsonSource;

/**
 * A catalogue of message templates (C12), read from JSON and checked whole: a template
 * without both languages, or whose text uses a placeholder it does not declare, is refused
 * with every problem listed.
 *
 * <pre>{@code
 * {"templates": [
 *   {"code": "booking.route", "placeholders": ["customer", "address"],
 *    "en": "Dear {customer}, our address is {address}.", "zh": "{customer}您好，我店地址：{address}。"}
 * ]}
 * }</pre>
 *
 * <p>The department's standard phrases (greeting, apology for a wait, farewell, answering the
 * phone) ship as {@link #standardPhrases()}; the wording is ours, meant to be replaced: load
 * the dealership's own catalogue and lay it over with {@link #with(Templates)}. Immutable.
 */
public final class Templates {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^{}]*)}");

    /** The JSON form of a catalogue. @param templates the templates */
    public record Document(List<MessageTemplate> templates) {
    }

    private final Map<String, MessageTemplate> byCode;

    private Templates(Map<String, MessageTemplate> byCode) {
        this.byCode = byCode;
    }

    /**
     * Reads and checks a catalogue.
     *
     * @param json the document
     * @return the catalogue
     * @throws org.aftersales.core.error.ValidationException listing every problem
     */
    public static Templates fromJson(String json) {
        return fromJson(JsonSource.of(json));
    }

    /**
     * Reads and checks a catalogue.
     *
     * @param json where the document is: {@code JsonSource.of(path | reader | stream | string)}
     * @return the catalogue
     * @throws org.aftersales.core.error.ValidationException listing every problem
     */
    public static Templates fromJson(JsonSource json) {
        return of(AftersalesJson.read(json, Document.class).templates());
    }

    /**
     * Checks templates and makes a catalogue of them.
     *
     * @param templates the templates
     * @return the catalogue
     * @throws org.aftersales.core.error.ValidationException listing every problem
     */
    public static Templates of(List<MessageTemplate> templates) {
        Violations v = NotificationMessages.violations();
        Map<String, MessageTemplate> out = new LinkedHashMap<>();
        List<MessageTemplate> list = templates == null ? List.of() : templates;
        for (int i = 0; i < list.size(); i++) {
            String path = "templates[" + i + "]";
            MessageTemplate t = list.get(i);
            if (t == null) {
                v.add(path, "required");
                continue;
            }
            v.requiredText(path + ".code", t.code());
            if (t.placeholders().stream().anyMatch(p -> p == null || !p.matches("[A-Za-z][A-Za-z0-9_.-]*"))) {
                v.add(path + ".placeholders", "notification.placeholderName", t.placeholders());
            }
            for (Language language : Language.values()) {
                String text = t.text(language);
                String at = path + "." + language.name().toLowerCase(java.util.Locale.ROOT);
                if (text == null || text.isBlank()) {
                    v.add(at, "notification.language", t.code(), language);
                    continue;
                }
                for (String used : used(text)) {
                    if (!t.placeholders().contains(used)) {
                        v.add(at, "notification.placeholder", used, t.code(), t.placeholders());
                    }
                }
            }
            if (t.code() != null && out.putIfAbsent(t.code(), t) != null) {
                v.add(path + ".code", "notification.duplicate", t.code());
            }
        }
        v.throwIfPresent();
        return new Templates(java.util.Collections.unmodifiableMap(out));
    }

    /**
     * The standard phrases shipped with the library: {@code phrase.greeting},
     * {@code phrase.apology-wait}, {@code phrase.farewell}, {@code phrase.answer-phone}. Our
     * wording; a dealership replaces them with its own.
     *
     * @return the catalogue
     */
    public static Templates standardPhrases() {
        return fromJson(BundledResources.text(Templates.class, "standard-phrases.json"));
    }

    /**
     * This catalogue with another laid over it: a template of the other replaces the one of
     * the same code.
     *
     * @param other the other catalogue
     * @return the combined catalogue
     */
    public Templates with(Templates other) {
        Map<String, MessageTemplate> out = new LinkedHashMap<>(byCode);
        out.putAll(other.byCode);
        return new Templates(java.util.Collections.unmodifiableMap(out));
    }

    /**
     * @param code a message code
     * @return its template
     */
    public Optional<MessageTemplate> find(String code) {
        return Optional.ofNullable(code == null ? null : byCode.get(code));
    }

    /** @return the message codes, in load order */
    public Set<String> codes() {
        return byCode.keySet();
    }

    /**
     * Fills a template's placeholders.
     *
     * @param template the template
     * @param language the language
     * @param values a value for every placeholder the text uses
     * @param v collects a problem for each missing value
     * @return the text
     */
    static String render(MessageTemplate template, Language language, Map<String, String> values, Violations v) {
        String text = template.text(language);
        Matcher m = PLACEHOLDER.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = values.get(m.group(1));
            if (value == null) {
                v.add("values." + m.group(1), "notification.missingValue", m.group(1), template.code());
                value = m.group();
            }
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static Set<String> used(String text) {
        Set<String> names = new LinkedHashSet<>();
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }

    @Override
    public String toString() {
        return "templates " + new ArrayList<>(byCode.keySet());
    }
}

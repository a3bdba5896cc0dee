package org.aftersales.serviceflow;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.aftersales.core.error.Violations;
import org.aftersales.core.i18n.LocalizedText;
import org.aftersales.core.json.AftersalesJson;

/**
 * A list of codes with labels in English and Chinese, kept as data so that a dealership can
 * change it without code: the tags of follow-up remarks (F13, {@link #remarkTags()}) and the
 * reasons a customer declines an invitation (F14). Read from JSON:
 *
 * <pre>{@code
 * {"entries": [{"code": "waiting-time", "en": "Waiting time", "zh": "等待时间"}]}
 * }</pre>
 *
 * Codes are lower-case words joined by hyphens (at most 32 characters), each used once; both
 * labels are required. Immutable.
 *
 * @param entries the codes with their labels, in the order shown to staff
 */
public record Vocabulary(List<Entry> entries) {

    private static final Pattern CODE = Pattern.compile("[a-z][a-z0-9-]{0,31}");

    /**
     * One code.
     *
     * @param code the stable code, stored and counted
     * @param en the English label
     * @param zh the Chinese label
     */
    public record Entry(String code, String en, String zh) {

        /** @return both labels */
        public LocalizedText label() {
            return new LocalizedText(en, zh);
        }
    }

    /**
     * Checks the whole list: every problem is listed.
     *
     * @throws org.aftersales.core.error.ValidationException listing each missing or repeated
     *     code and each missing label
     */
    public Vocabulary {
        Violations v = FlowMessages.violations();
        if (entries == null || entries.isEmpty()) {
            v.add("entries", "vocabulary.empty");
            v.throwIfPresent();
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < entries.size(); i++) {
            Entry e = entries.get(i);
            String at = "entries[" + i + "]";
            if (e == null) {
                v.required(at, null);
                continue;
            }
            if (e.code() == null || !CODE.matcher(e.code()).matches()) {
                v.add(at + ".code", "vocabulary.code", e.code());
            } else if (!seen.add(e.code())) {
                v.add(at + ".code", "vocabulary.duplicate", e.code());
            }
            v.requiredText(at + ".en", e.en()).requiredText(at + ".zh", e.zh());
        }
        v.throwIfPresent();
        entries = List.copyOf(entries);
    }

    /**
     * Reads a vocabulary.
     *
     * @param json the document
     * @return the vocabulary
     * @throws org.aftersales.core.error.ValidationException if the document is not well-formed
     *     or breaks a rule of the list
     */
    public static Vocabulary fromJson(String json) {
        return AftersalesJson.read(json, Vocabulary.class);
    }

    /**
     * The tags of follow-up remarks that ship with the library (our list: repair quality, a
     * problem that came back, waiting time, price, the advisor's attitude, the explanation of
     * work and charges, cleanliness, the lounge, punctuality, praise, a suggestion). Replace it
     * with {@code ServiceDesk.Builder#remarkTags}.
     *
     * @return the tags
     */
    public static Vocabulary remarkTags() {
        return bundled(Vocabulary.class, "remark-tags.json");
    }

    /**
     * Reads a vocabulary shipped beside a class: a class of this module, or of a package that
     * another module opens to this one (resources of a named module are otherwise hidden).
     *
     * @param anchor a class of the package holding the file
     * @param name the file's name
     * @return the vocabulary
     * @throws NullPointerException naming the file when it cannot be found
     */
    public static Vocabulary bundled(Class<?> anchor, String name) {
        try (InputStream in = anchor.getResourceAsStream(name)) {
            return fromJson(new String(Objects.requireNonNull(in, name).readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * @param code a code
     * @return true when the list has it
     */
    public boolean contains(String code) {
        return entries.stream().anyMatch(e -> e.code().equals(code));
    }

    /**
     * @param code a code
     * @return its labels, if the list has it
     */
    public Optional<LocalizedText> label(String code) {
        return entries.stream().filter(e -> e.code().equals(code)).findFirst().map(Entry::label);
    }

    /** @return the codes, in order */
    public List<String> codes() {
        return entries.stream().map(Entry::code).toList();
    }
}

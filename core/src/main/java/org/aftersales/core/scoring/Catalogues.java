package org.aftersales.core.scoring;

import org.aftersales.core.internal.BundledResources;
import org.aftersales.core.json.JsonSource;

/**
 * Reading catalogues from JSON (S4), and the two catalogues shipped with the library.
 *
 * <p>The document format:
 *
 * <pre>{@code
 * {
 *   "code": "parts-department",
 *   "title": {"en": "...", "zh": "..."},
 *   "source": "where the points and levels come from",          (optional)
 *   "sections": [{
 *     "code": "sales",
 *     "title": {"en": "...", "zh": "..."},
 *     "items": [{
 *       "code": "SAL-01",
 *       "text": {"en": "...", "zh": "..."},
 *       "level": "MUST",                                         (MUST or SHOULD)
 *       "points": 1,                                             (1 to 100)
 *       "appliesTo": {"roles": ["parts-clerk"], "departments": []},
 *       "evidence": "OBSERVED",                                  (OBSERVED, the default, or DERIVED)
 *       "derivation": {"kind": "event-response", "settings": {...}}   (DERIVED items only)
 *     }]
 *   }]
 * }
 * }</pre>
 *
 * A document with problems is refused with a
 * {@link org.aftersales.core.error.ValidationException} listing every one with its JSON path:
 * unknown or missing properties, duplicate section or item codes, an unknown level, role,
 * department, evidence source or derivation kind, points that are not a positive whole
 * number, blank texts, settings a derivation refuses. Dealerships load their own catalogues
 * the same way.
 */
public final class Catalogues {

    private static final String BASE = "/org/aftersales/core/scoring/catalogues/";

    private Catalogues() {
    }

    /**
     * Reads a catalogue, checking derived items against {@link ItemDerivations#standard()}.
     *
     * @param json the document
     * @return the catalogue
     * @throws org.aftersales.core.error.ValidationException listing every problem
     */
    public static Catalogue fromJson(String json) {
        return fromJson(json, ItemDerivations.standard());
    }

    /**
     * Reads a catalogue, checking derived items against the given derivations.
     *
     * @param json the document
     * @param derivations the derivations its items may name
     * @return the catalogue
     * @throws org.aftersales.core.error.ValidationException listing every problem
     */
    public static Catalogue fromJson(String json, ItemDerivations derivations) {
        return fromJson(JsonSource.of(json), derivations);
    }

    /**
     * Reads a catalogue from a file, a reader, a stream or a string, checking derived items
     * against the given derivations. The model itself does no I/O: the source, made with
     * {@code JsonSource.of(path | reader | stream | string)}, does the reading.
     *
     * @param json where the document is, such as {@code JsonSource.of(Path.of("catalogue.json"))}
     * @param derivations the derivations its items may name
     * @return the catalogue
     * @throws org.aftersales.core.error.ValidationException listing every problem (a document
     *     that is not well-formed JSON is one problem with its line and column)
     */
    public static Catalogue fromJson(JsonSource json, ItemDerivations derivations) {
        return CatalogueReader.read(json, derivations);
    }

    /**
     * The parts department standard (S4): a common part for every member of the department,
     * parts sales, warehouse management and supply guarantee, with the points and levels of
     * the parts department's service standard, in our own words.
     *
     * @return the catalogue {@code parts-department}
     */
    public static Catalogue partsDepartment() {
        return shipped("parts-department.json");
    }

    /**
     * The service front-desk standard (S4): reception, estimate, waiting, settlement,
     * delivery, phone and follow-up, and courtesy, built from the front desk's moments of
     * truth; levels and points are the library's own weighting.
     *
     * <p>Derived items: {@code FD-FUP-02}, a first answer to a complaint within a day, pairs
     * {@code complaint.received} with {@code complaint.answered} with the built-in
     * {@code event-response} derivation (events of one complaint share a correlation id; change
     * the time allowed with {@link Catalogue#withDerivationSetting(ItemCode, String, String)},
     * e.g. {@code within} = {@code P2D}). {@code FD-FUP-01} (the follow-up call within three
     * working days of delivery), {@code FD-REC-08} (reconfirmation), {@code FD-REC-09} (waiting
     * at reception) and {@code FD-SET-05} (settlement sheet) count the deadlines of the service
     * blueprint's timed standards kept or missed, with the {@code deadline-kept} derivation, so
     * the limit is the blueprint's and counts the business calendar (change it there).
     *
     * @return the catalogue {@code service-front-desk}
     */
    public static Catalogue serviceFrontDesk() {
        return shipped("service-front-desk.json");
    }

    private static Catalogue shipped(String name) {
        return fromJson(BundledResources.text(Catalogues.class, BASE + name), ItemDerivations.builtIn());
    }
}

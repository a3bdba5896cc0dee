package org.aftersales.inventory;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.file.Path;
import org.aftersales.core.error.Violations;
import org.aftersales.core.value.Weight;
import tools.jackson.databind.JsonNode;

/**
 * The thresholds of placement (P3), with sensible defaults ({@link #defaults()}). JSON-loadable;
 * all fields are required in a document.
 *
 * @param somewhatHeavy from this weight a piece is somewhat heavy and goes no higher than
 *     waist height (default 10 kg)
 * @param veryHeavy from this weight a piece is very heavy and goes near the floor (default
 *     25 kg)
 * @param waistHeightMm highest level surface counted as waist height (default 1000 mm)
 * @param nearFloorHeightMm highest level surface counted as near the floor (default 300 mm)
 * @param slenderRatio a piece whose longest side is at least this many times its second
 *     side, and at least {@code slenderMinLengthMm} long, is long and slender and must stand in
 *     a vertical rack (default 4)
 * @param slenderMinLengthMm shortest length counted as long (default 500 mm), so a small
 *     sensor is not taken for an exhaust pipe
 * @param candidatesPerBucket how many bins each index bucket offers per ordering (default 4);
 *     more finds slightly better bins, slower
 * @param runnersUp how many runners-up a decision explains (default 3)
 * @param softShortfallBelow an audit reports a soft rule scoring below this (default 0.35)
 */
public record PlacementSettings(
        Weight somewhatHeavy,
        Weight veryHeavy,
        int waistHeightMm,
        int nearFloorHeightMm,
        double slenderRatio,
        int slenderMinLengthMm,
        int candidatesPerBucket,
        int runnersUp,
        double softShortfallBelow) {

    /** Highest level surface a setting may name, in mm (a level of a layout is at most this high too). */
    private static final int MAX_HEIGHT_MM = 20_000;

    private static final PlacementSettings DEFAULTS =
            new PlacementSettings(Weight.ofKg("10"), Weight.ofKg("25"), 1000, 300, 4.0, 500, 4, 3, 0.35);

    /** Checks every threshold and their order. */
    public PlacementSettings {
        Violations v = new Violations(InventoryMessages.MESSAGES);
        if (somewhatHeavy == null) {
            v.add("somewhatHeavy", "required");
        }
        if (veryHeavy == null) {
            v.add("veryHeavy", "required");
        }
        if (somewhatHeavy != null && veryHeavy != null && somewhatHeavy.compareTo(veryHeavy) >= 0) {
            v.add("veryHeavy", "settings.heavyOrder", somewhatHeavy, veryHeavy);
        }
        boolean waistOk = waistHeightMm >= 1 && waistHeightMm <= MAX_HEIGHT_MM;
        boolean floorOk = nearFloorHeightMm >= 0 && nearFloorHeightMm <= MAX_HEIGHT_MM;
        if (!waistOk) {
            v.add("waistHeightMm", "settings.range", waistHeightMm, 1, MAX_HEIGHT_MM);
        }
        if (!floorOk) {
            v.add("nearFloorHeightMm", "settings.range", nearFloorHeightMm, 0, MAX_HEIGHT_MM);
        }
        if (waistOk && floorOk && nearFloorHeightMm > waistHeightMm) {
            v.add("nearFloorHeightMm", "settings.heightOrder", nearFloorHeightMm, waistHeightMm);
        }
        if (!(slenderRatio >= 1.5) || slenderRatio > 100) {
            v.add("slenderRatio", "settings.range", slenderRatio, 1.5, 100);
        }
        if (slenderMinLengthMm < 0 || slenderMinLengthMm > 20_000) {
            v.add("slenderMinLengthMm", "settings.range", slenderMinLengthMm, 0, 20_000);
        }
        if (candidatesPerBucket < 1 || candidatesPerBucket > 64) {
            v.add("candidatesPerBucket", "settings.range", candidatesPerBucket, 1, 64);
        }
        if (runnersUp < 0 || runnersUp > 10) {
            v.add("runnersUp", "settings.range", runnersUp, 0, 10);
        }
        if (!(softShortfallBelow >= 0) || softShortfallBelow > 1) {
            v.add("softShortfallBelow", "settings.range", softShortfallBelow, 0, 1);
        }
        v.throwIfPresent();
    }

    /** @return the default thresholds */
    public static PlacementSettings defaults() {
        return DEFAULTS;
    }

    /**
     * Reads settings from JSON.
     *
     * @param json the document
     * @return the settings
     * @throws org.aftersales.core.error.ValidationException listing every problem with its path
     */
    public static PlacementSettings fromJson(String json) {
        return read(DocumentReader.parse(json));
    }

    /**
     * Reads a settings document from a file (UTF-8).
     *
     * @param file the document
     * @return the settings document
     * @throws IOException when the file cannot be read
     * @throws org.aftersales.core.error.ValidationException listing every problem with its path
     */
    public static PlacementSettings fromJson(Path file) throws IOException {
        return read(DocumentReader.parse(file));
    }

    /**
     * Reads a settings document from a reader, to its end; the reader is not closed.
     *
     * @param reader the document
     * @return the settings document
     * @throws IOException when the reader fails
     * @throws org.aftersales.core.error.ValidationException listing every problem with its path
     */
    public static PlacementSettings fromJson(Reader reader) throws IOException {
        return read(DocumentReader.parse(reader));
    }

    /**
     * Reads a settings document from a stream (UTF-8), to its end; the stream is not closed.
     *
     * @param in the document
     * @return the settings document
     * @throws IOException when the stream fails
     * @throws org.aftersales.core.error.ValidationException listing every problem with its path
     */
    public static PlacementSettings fromJson(InputStream in) throws IOException {
        return read(DocumentReader.parse(in));
    }

    private static PlacementSettings read(JsonNode root) {
        Problems problems = new Problems();
        PlacementSettings value = DocumentReader.bind(root, PlacementSettings.class, problems);
        problems.throwIfPresent();
        return value;
    }

    /**
     * The same settings with other weight thresholds.
     *
     * @param somewhat the somewhat-heavy threshold
     * @param very the very-heavy threshold
     * @return new settings
     */
    public PlacementSettings withHeavy(Weight somewhat, Weight very) {
        return new PlacementSettings(somewhat, very, waistHeightMm, nearFloorHeightMm, slenderRatio,
                slenderMinLengthMm, candidatesPerBucket, runnersUp, softShortfallBelow);
    }

    /**
     * The same settings with another slenderness threshold.
     *
     * @param ratio the ratio
     * @return new settings
     */
    public PlacementSettings withSlenderRatio(double ratio) {
        return new PlacementSettings(somewhatHeavy, veryHeavy, waistHeightMm, nearFloorHeightMm, ratio,
                slenderMinLengthMm, candidatesPerBucket, runnersUp, softShortfallBelow);
    }

    /**
     * The same settings with another number of candidates per index bucket.
     *
     * @param count the number
     * @return new settings
     */
    public PlacementSettings withCandidatesPerBucket(int count) {
        return new PlacementSettings(somewhatHeavy, veryHeavy, waistHeightMm, nearFloorHeightMm, slenderRatio,
                slenderMinLengthMm, count, runnersUp, softShortfallBelow);
    }
}

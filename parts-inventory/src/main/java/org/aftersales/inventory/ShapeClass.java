package org.aftersales.inventory;

import org.aftersales.core.i18n.Labelled;
import org.aftersales.core.i18n.LocalizedText;

/**
 * The rough shape of a part, used to keep very different shapes apart (P3: flat trim panels
 * do not share a shelf section with small round oil filters, which would waste space). Shapes
 * of one {@linkplain #family() family} mix well.
 */
public enum ShapeClass implements Labelled {
    /** Flat and wide: body panels, trim panels, glass. */
    FLAT_PANEL(Family.FLAT),
    /** Long and thin: exhaust pipes, mufflers, wiper arms, rods. */
    LONG(Family.LONG),
    /** Small boxed parts: sensors, bulbs, gaskets. */
    SMALL_BOX(Family.COMPACT),
    /** Small round parts: oil filters, bearings, caps. */
    CYLINDER(Family.COMPACT),
    /** Larger boxed parts: pumps, lamps, radiators. */
    LARGE_BOX(Family.BULKY),
    /** Round and bulky: tyres, wheels, drums. */
    ROUND(Family.BULKY),
    /** Awkward shapes: bumpers, brackets, seats. */
    IRREGULAR(Family.BULKY);

    /** Groups of shapes that can share a section without wasting space. */
    public enum Family implements Labelled {
        /** Flat parts. */
        FLAT,
        /** Long parts. */
        LONG,
        /** Small compact parts. */
        COMPACT,
        /** Bulky parts. */
        BULKY;

        /** @return the family's name in English and Chinese, such as "flat parts", "扁平件" */
        @Override
        public LocalizedText label() {
            return InventoryMessages.MESSAGES.text("family." + name());
        }
    }

    private final Family family;

    ShapeClass(Family family) {
        this.family = family;
    }

    /** @return the family of shapes this one mixes with */
    public Family family() {
        return family;
    }

    /** @return the shape's name in English and Chinese, such as "small round part", "小型圆柱件" */
    @Override
    public LocalizedText label() {
        return InventoryMessages.MESSAGES.text("shape." + name());
    }
}

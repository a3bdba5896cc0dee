package org.aftersales.inventory;

import java.util.List;
import org.aftersales.core.json.AftersalesJson;

/**
 * What lies where at one moment: the stock lines of a warehouse. Immutable. The snapshot may
 * break placement rules (two parts in one bin, a part in two bins); that is what an audit
 * finds. Read from JSON with {@link #fromJson(String)}: {@code {"lines": [{"bin": "A-01-1-01",
 * "part": "...", "quantity": 4}]}}.
 *
 * @param lines the stock lines
 */
public record StockSnapshot(List<StockLine> lines) {

    /** An empty warehouse. */
    public static final StockSnapshot EMPTY = new StockSnapshot(List.of());

    /** Fills an absent list. */
    public StockSnapshot {
        lines = lines == null ? List.of() : List.copyOf(lines);
    }

    /**
     * Reads a stock document.
     *
     * @param json the document
     * @return the snapshot
     * @throws org.aftersales.core.error.ValidationException listing every problem with its path
     */
    public static StockSnapshot fromJson(String json) {
        return AftersalesJson.read(json, StockSnapshot.class);
    }
}

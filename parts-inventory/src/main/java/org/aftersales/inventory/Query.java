package org.aftersales.inventory;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import org.aftersales.inventory.spi.PlacementQuery;
import org.aftersales.inventory.spi.StockView;

/** The engine's {@link PlacementQuery}. Not thread-safe; one per question. */
final class Query implements PlacementQuery {

    private final Part part;
    private final long quantity;
    private final PlacementSettings settings;
    private final StockIndex stock;
    private Map<Object, Object> memo;

    Query(Part part, long quantity, PlacementSettings settings, StockIndex stock) {
        this.part = part;
        this.quantity = quantity;
        this.settings = settings;
        this.stock = stock;
    }

    @Override
    public Part part() {
        return part;
    }

    @Override
    public long quantity() {
        return quantity;
    }

    @Override
    public PlacementSettings settings() {
        return settings;
    }

    @Override
    public Layout layout() {
        return stock.layout();
    }

    @Override
    public StockView stock() {
        return stock;
    }

    StockIndex index() {
        return stock;
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> T memo(Object key, Function<? super PlacementQuery, T> compute) {
        if (memo == null) {
            memo = new HashMap<>(4);
        }
        Object value = memo.get(key);
        if (value == null) {
            value = compute.apply(this);
            memo.put(key, value);
        }
        return (T) value;
    }
}

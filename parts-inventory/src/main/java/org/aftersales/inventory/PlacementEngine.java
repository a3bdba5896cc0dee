package org.aftersales.inventory;

import org.aftersales.core.error.Violations;

/**
 * Placement, audit and re-slotting for one layout and part master under one rule set (P3,
 * P4). Pure functions over immutable inputs: nothing is stored, no clock is read, no thread
 * is started; a storage-backed service loads a {@link WarehouseState}, asks, and saves what
 * it decides. Immutable and thread-safe; building it indexes the layout once.
 *
 * <p>Every failure is one of the library's exceptions, in English and Chinese: a missing
 * argument, or a state made by another engine's layout or part master, is a
 * {@link org.aftersales.core.error.ValidationException} (codes {@code required} and
 * {@code placement.foreignState}); a rule that throws is a
 * {@link org.aftersales.core.error.PluginFailureException}; no bin is a
 * {@link org.aftersales.core.error.BusinessRuleException}. Only a cancelled audit ends with
 * {@link java.util.concurrent.CancellationException}, as the cancellation contract asks.
 *
 * <pre>{@code
 * PlacementEngine engine = PlacementEngine.builder(layout, parts).ruleSet("standard").build();
 * WarehouseState state = engine.state(stock);
 * PlacementDecision d = engine.place(state, PlacementRequest.of(PartNumber.of("15400-RTA-003"), 12));
 * }</pre>
 */
public final class PlacementEngine {

    private final Layout layout;
    private final PartMaster parts;
    private final Placer placer;

    private PlacementEngine(Layout layout, PartMaster parts, Placer placer) {
        this.layout = layout;
        this.parts = parts;
        this.placer = placer;
    }

    /**
     * Starts an engine over a layout and a part master, with the standard catalogue, rule
     * set {@code standard} and default settings.
     *
     * @param layout the layout
     * @param parts the part master
     * @return a builder
     */
    public static Builder builder(Layout layout, PartMaster parts) {
        new Violations(InventoryMessages.MESSAGES).required("layout", layout).required("parts", parts).throwIfPresent();
        return new Builder(layout, parts);
    }

    /** @return the layout */
    public Layout layout() {
        return layout;
    }

    /** @return the part master */
    public PartMaster parts() {
        return parts;
    }

    /** @return the settings */
    public PlacementSettings settings() {
        return placer.settings();
    }

    /** @return the name of the rule set in use */
    public String ruleSet() {
        return placer.rules().name();
    }

    /**
     * Checks a stock snapshot against the layout and part master and indexes it.
     *
     * @param stock the snapshot
     * @return the state
     * @throws org.aftersales.core.error.ValidationException naming every unknown bin and part
     */
    public WarehouseState state(StockSnapshot stock) {
        required("stock", stock);
        return new WarehouseState(StockIndex.of(layout, parts, stock));
    }

    /**
     * Chooses the bin for an incoming part (P3), with the verdict of every rule on it and why
     * the runners-up lost. Never breaks a hard rule.
     *
     * @param state the present stock
     * @param request the part and quantity
     * @return the decision
     * @throws org.aftersales.core.error.ValidationException when the part is not in the part master
     * @throws org.aftersales.core.error.BusinessRuleException with rule {@link NoBinFits#RULE} and
     *     a {@link NoBinFits} detail when no bin passes every hard rule
     * @throws org.aftersales.core.error.PluginFailureException naming a rule that threw, in any
     *     phase (narrowing, checking, scoring or explaining a bin)
     */
    public PlacementDecision place(WarehouseState state, PlacementRequest request) {
        return placer.place(own(state).index(), part(request), request.quantity(), false);
    }

    /**
     * The decision made the naive way, judging every bin of the layout: the best score there
     * is. For checking the indexed search and for benchmarks; slower on large layouts.
     *
     * <p>What the indexed search of {@link #place} promises against it: a bin whenever the full
     * scan finds one, and never a bin that breaks a hard rule. It judges a sample of the bins
     * (the nearest and snuggest of each index bucket and the neighbours of parts of the same
     * type), so it does not promise the best score; in our tests it made exactly the full
     * scan's choice on the small test layout and in about 3,500 random decisions on synthetic
     * warehouses of 100 to 4,000 bins under all three built-in rule sets.
     *
     * @param state the present stock
     * @param request the part and quantity
     * @return the decision
     * @throws org.aftersales.core.error.BusinessRuleException as {@link #place}
     * @throws org.aftersales.core.error.PluginFailureException as {@link #place}
     */
    public PlacementDecision placeByFullScan(WarehouseState state, PlacementRequest request) {
        return placer.place(own(state).index(), part(request), request.quantity(), true);
    }

    /**
     * Lists every violation of the layout with its stock (P4).
     *
     * @param state the stock
     * @return the report
     * @throws org.aftersales.core.error.PluginFailureException naming a rule that threw
     */
    public AuditReport audit(WarehouseState state) {
        return audit(state, ProgressListener.NONE, CancellationToken.NEVER);
    }

    /**
     * Lists every violation, reporting progress.
     *
     * @param state the stock
     * @param listener hears progress
     * @param cancellation stops the audit
     * @return the report
     * @throws java.util.concurrent.CancellationException when cancelled
     * @throws org.aftersales.core.error.PluginFailureException naming a rule that threw
     */
    public AuditReport audit(WarehouseState state, ProgressListener listener, CancellationToken cancellation) {
        own(state);
        return Auditor.audit(placer, state.index(), required("listener", listener), required("cancellation", cancellation));
    }

    /**
     * Plans moves that remove every hard violation that can be removed and raise the soft
     * score with few moves (P4). The state is not changed; apply the plan with
     * {@link WarehouseState#apply(java.util.List)}.
     *
     * @param state the stock
     * @param options budget, progress listener and cancellation
     * @return the plan
     * @throws org.aftersales.core.error.PluginFailureException naming a rule that threw while
     *     the stock was audited or a line was placed again; no plan is returned and the state
     *     is unchanged
     */
    public ReslottingPlan replan(WarehouseState state, ReslottingOptions options) {
        own(state);
        required("options", options);
        return Reslotter.plan(placer, state.index(), options.maxSoftMoves(), options.minSoftGain(),
                options.listener(), options.cancellation());
    }

    private WarehouseState own(WarehouseState state) {
        if (state == null) {
            new Violations(InventoryMessages.MESSAGES).add("state", "required").throwIfPresent();
        }
        if (state.layout() != layout || state.parts() != parts) {
            new Violations(InventoryMessages.MESSAGES).add("state", "placement.foreignState", layout.warehouse())
                    .throwIfPresent();
        }
        return state;
    }

    private static <T> T required(String path, T value) {
        new Violations(InventoryMessages.MESSAGES).required(path, value).throwIfPresent();
        return value;
    }

    private Part part(PlacementRequest request) {
        required("request", request);
        Part part = parts.getOrNull(request.part());
        if (part == null) {
            new Violations(InventoryMessages.MESSAGES).add("part", "placement.unknownPart", request.part())
                    .throwIfPresent();
        }
        return part;
    }

    /** Builds a {@link PlacementEngine}; not thread-safe. */
    public static final class Builder {
        private final Layout layout;
        private final PartMaster parts;
        private PlacementRules rules;
        private String ruleSet = "standard";
        private PlacementSettings settings = PlacementSettings.defaults();

        private Builder(Layout layout, PartMaster parts) {
            this.layout = layout;
            this.parts = parts;
        }

        /**
         * @param value the rule catalogue (default {@link PlacementRules#discover()}: the
         *     built-in rules and every rule found by discovery)
         * @return this builder
         */
        public Builder rules(PlacementRules value) {
            this.rules = required("rules", value);
            return this;
        }

        /**
         * @param name the rule set the dealership picks (default {@code standard})
         * @return this builder
         */
        public Builder ruleSet(String name) {
            this.ruleSet = required("ruleSet", name);
            return this;
        }

        /**
         * @param value the thresholds (default {@link PlacementSettings#defaults()})
         * @return this builder
         */
        public Builder settings(PlacementSettings value) {
            this.settings = required("settings", value);
            return this;
        }

        /**
         * @return the engine
         * @throws org.aftersales.core.error.ValidationException when the rule set or one of its
         *     rules is unknown
         * @throws org.aftersales.core.error.PluginFailureException when no catalogue was given and
         *     discovery finds a rule that cannot be loaded or takes an id already used
         */
        public PlacementEngine build() {
            PlacementRules catalogue = rules == null ? PlacementRules.discover() : rules;
            return new PlacementEngine(layout, parts,
                    new Placer(layout, catalogue.resolve(ruleSet), settings, BinIndex.of(layout, settings)));
        }
    }
}

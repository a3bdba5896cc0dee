package org.aftersales.core.scoring;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.aftersales.core.error.BusinessRuleException;
import org.aftersales.core.error.NotFoundException;
import org.aftersales.core.error.PluginFailureException;
import org.aftersales.core.error.Violations;
import org.aftersales.core.event.Actor;
import org.aftersales.core.event.DomainEvent;
import org.aftersales.core.i18n.LocalizedText;
import org.aftersales.core.id.AssessmentId;
import org.aftersales.core.plugin.PluginHost;
import org.aftersales.core.scoring.spi.AssessmentStore;
import org.aftersales.core.scoring.spi.DerivationInput;
import org.aftersales.core.scoring.spi.DerivedResult;
import org.aftersales.core.scoring.spi.EventHistory;
import org.aftersales.core.scoring.spi.ItemDerivation;
import org.aftersales.core.scoring.spi.Placing;
import org.aftersales.core.scoring.spi.RewardPolicy;
import org.aftersales.core.store.Storage;

/**
 * The scoring service (S2-S5): records assessments against catalogues, computing derived
 * items from recorded events, ranks subjects for reward and penalty, and builds scorecards.
 * Thread-safe when its store and event history are. Build one with {@link #builder(Clock)}:
 *
 * <pre>{@code
 * Scoring scoring = Scoring.builder(clock)
 *         .catalogue(Catalogues.partsDepartment())
 *         .build();
 * Assessment a = scoring.record(new RecordAssessment(id, "parts-department", subject, period, results));
 * }</pre>
 *
 * <p>Time comes only from the injected clock: the time an assessment is recorded, "today"
 * for refusing future periods, and "now" for derivations (an answer not yet due is pending).
 * Periods are turned into instants in the clock's zone.
 */
public final class Scoring {

    private final Clock clock;
    private final Map<String, Catalogue> catalogues;
    private final AssessmentStore store;
    private final EventHistory events;
    private final ItemDerivations derivations;
    private final RewardPolicy policy;
    private final GradingScheme grading;

    private Scoring(Builder b) {
        this.clock = b.clock;
        this.catalogues = Map.copyOf(b.catalogues);
        this.store = b.store;
        this.events = b.events;
        this.derivations = b.derivations;
        this.policy = b.policy;
        this.grading = b.grading;
    }

    /**
     * Starts a builder.
     *
     * @param clock the clock every time is read from
     * @return the builder
     */
    public static Builder builder(Clock clock) {
        return new Builder(clock);
    }

    /**
     * A catalogue this service assesses against.
     *
     * @param code its code
     * @return the catalogue
     * @throws NotFoundException if no such catalogue was registered
     */
    public Catalogue catalogue(String code) {
        Catalogue c = catalogues.get(code);
        if (c == null) {
            throw new NotFoundException("catalogue", code);
        }
        return c;
    }

    /** @return the grading scheme in force */
    public GradingScheme grading() {
        return grading;
    }

    /**
     * Records an assessment (S2): checks the command against its catalogue, computes the
     * derived items from the event history, works out the score, section scores and grade,
     * and stores it.
     *
     * @param command the observed results
     * @return the stored assessment
     * @throws org.aftersales.core.error.ValidationException listing every problem: unknown
     *     catalogue, a period starting after today, unknown items, items not for this
     *     subject, derived items given by hand, repeated items, partial points not below the
     *     item's points, missing observations, nothing applicable; nothing is stored
     * @throws BusinessRuleException {@code scoring.assessment.exists} when the id or the same
     *     subject, catalogue and period is already stored; nothing is stored
     * @throws org.aftersales.core.error.PluginFailureException when a derivation throws,
     *     naming its kind; nothing is stored
     */
    public Assessment record(RecordAssessment command) {
        Objects.requireNonNull(command, "command");
        Violations v = ScoringMessages.violations();
        ZoneId zone = clock.getZone();
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, zone);
        if (command.period().from().isAfter(today)) {
            v.add("period.from", "scoring.period.future", command.period().from(), today);
        }
        Catalogue catalogue = catalogues.get(command.catalogue());
        if (catalogue == null) {
            v.add("catalogue", "scoring.catalogue.unknown", command.catalogue(), String.join(", ", catalogues.keySet()));
        } else {
            AssessmentChecks.observations(v, catalogue, command.subject(), command.observations());
        }
        v.throwIfPresent();
        refuseExisting(command);

        Map<ItemCode, ItemResult> byCode = new LinkedHashMap<>();
        command.observations().forEach(r -> byCode.put(r.item(), r));
        List<ItemResult> results = new ArrayList<>();
        List<DomainEvent> history = null;
        for (StandardItem item : catalogue.applicableTo(command.subject()).values()) {
            if (item.evidence() == EvidenceSource.OBSERVED) {
                results.add(byCode.get(item.code()));
            } else {
                if (history == null) {
                    history = events.between(command.period().start(zone), now);
                }
                results.add(derive(item, command, zone, now, history));
            }
        }
        List<SectionScore> sections = ScoreCalculator.sections(catalogue, results);
        Score score = ScoreCalculator.total(sections, grading);
        if (score == null) {
            v.add("observations", "scoring.nothingApplicable");
            v.throwIfPresent();
        }
        Assessment assessment = new Assessment(
                command.id(), catalogue.code(), command.subject(), command.period(), now, results, score, sections);
        store.add(assessment);
        return assessment;
    }

    private void refuseExisting(RecordAssessment command) {
        boolean sameId = store.find(command.id()).isPresent();
        boolean samePeriod = store.forPeriod(command.catalogue(), command.period()).stream()
                .anyMatch(a -> a.subject().sameAs(command.subject()));
        if (sameId || samePeriod) {
            throw new BusinessRuleException(
                    "scoring.assessment.exists",
                    ScoringMessages.MESSAGES.text(
                            "scoring.assessment.exists", command.id(), command.subject().id().value(), command.period()),
                    null);
        }
    }

    private ItemResult derive(StandardItem item, RecordAssessment command, ZoneId zone, Instant now, List<DomainEvent> history) {
        String kind = item.derivation().kind();
        ItemDerivation d = derivations.find(kind).orElseThrow(() -> PluginFailureException.failed(kind, new IllegalStateException("no derivation of this kind")));
        DerivationInput input = new DerivationInput(
                item,
                command.subject(),
                command.period(),
                command.period().start(zone),
                command.period().end(zone),
                now,
                history);
        return PluginHost.call(d, derivation -> {
            DerivedResult r = derivation.derive(input);
            BigDecimal awarded = r.awarded();
            if (awarded != null && (awarded.signum() <= 0 || awarded.compareTo(BigDecimal.valueOf(item.points())) >= 0)) {
                throw new IllegalStateException("awarded " + awarded + " is not between 0 and " + item.points());
            }
            return new ItemResult(item.code(), r.outcome(), r.awarded(), r.evidence().toString(), Actor.system("derivation:" + kind));
        });
    }

    /**
     * Looks an assessment up.
     *
     * @param id its id
     * @return the assessment, or empty
     */
    public Optional<Assessment> find(AssessmentId id) {
        return store.find(id);
    }

    /**
     * Ranks the staff assessed against a catalogue for a period, with reward and penalty
     * decisions; see {@link Ranking} for the order and the tie rule.
     *
     * @param catalogue the catalogue code
     * @param period the period
     * @return the ranking; empty standings when nobody was assessed
     * @throws org.aftersales.core.error.PluginFailureException when the policy throws
     */
    public Ranking rankStaff(String catalogue, AssessmentPeriod period) {
        return rank(catalogue, period, Subject.Staff.class);
    }

    /**
     * Ranks the departments assessed against a catalogue for a period; see
     * {@link #rankStaff(String, AssessmentPeriod)}.
     *
     * @param catalogue the catalogue code
     * @param period the period
     * @return the ranking
     */
    public Ranking rankDepartments(String catalogue, AssessmentPeriod period) {
        return rank(catalogue, period, Subject.Department.class);
    }

    private Ranking rank(String catalogue, AssessmentPeriod period, Class<? extends Subject> kind) {
        Comparator<Assessment> order = Comparator.<Assessment, BigDecimal>comparing(a -> a.score().percent())
                .reversed()
                .thenComparingInt(a -> a.score().failedMust().size())
                .thenComparing(Comparator.<Assessment, BigDecimal>comparing(a -> a.score().earned()).reversed());
        List<Assessment> field = store.forPeriod(catalogue, period).stream()
                .filter(a -> kind.isInstance(a.subject()))
                .sorted(order.thenComparing(a -> a.subject().id().value()))
                .toList();
        List<Standing> standings = new ArrayList<>();
        int rank = 0;
        for (int i = 0; i < field.size(); i++) {
            Assessment a = field.get(i);
            if (i == 0 || order.compare(field.get(i - 1), a) != 0) {
                rank = i + 1;
            }
            Decision decision;
            Placing placing = new Placing(rank, field.size(), a.subject(), a.score(), grading);
            decision = PluginHost.call(policy, p -> Objects.requireNonNull(p.decide(placing), "decision"));
            standings.add(new Standing(rank, a.subject(), a.id(), a.score(), decision));
        }
        return new Ranking(catalogue, period, policy.id(), standings);
    }

    /**
     * The scorecard of an assessment (S5): its score by section, the trend over every
     * assessed period of the same length up to it, and the same period of earlier years.
     *
     * @param id the assessment's id
     * @return the scorecard
     * @throws NotFoundException if no such assessment is stored
     */
    public Scorecard scorecard(AssessmentId id) {
        Assessment a = store.find(id).orElseThrow(() -> new NotFoundException("assessment", id.value()));
        List<Assessment> history = store.forSubject(a.subject(), a.catalogue());
        List<TrendPoint> trend = new ArrayList<>();
        BigDecimal previous = null;
        for (Assessment h : history.stream()
                .filter(h -> h.period().granularity() == a.period().granularity() && h.period().compareTo(a.period()) <= 0)
                .sorted(Comparator.comparing(Assessment::period))
                .toList()) {
            BigDecimal p = h.score().percent();
            trend.add(new TrendPoint(h.period(), p, h.score().grade(), previous == null ? null : p.subtract(previous)));
            previous = p;
        }
        List<YearComparison> earlier = new ArrayList<>();
        for (int years = 1; years <= MAX_YEARS_BACK; years++) {
            AssessmentPeriod then = a.period().minusYears(years);
            int back = years;
            history.stream().filter(h -> h.period().equals(then)).findFirst().ifPresent(h -> earlier.add(new YearComparison(
                    then, back, h.score().percent(), h.score().grade(), a.score().percent().subtract(h.score().percent()))));
        }
        Catalogue c = catalogues.get(a.catalogue());
        return new Scorecard(a.id(), a.subject(), a.catalogue(),
                c == null ? new LocalizedText(a.catalogue(), a.catalogue()) : c.title(),
                a.period(), a.score(), a.sections(), trend, earlier);
    }

    /** How many earlier years a scorecard compares with. */
    public static final int MAX_YEARS_BACK = 5;

    /**
     * The library's default reward and penalty policy ({@code standard}): a penalty for anyone
     * with a failed MUST item or a grade in the lowest band; otherwise a reward for the top
     * fifth of the field (at least the first rank, ties included) whose grade is in one of the
     * two best bands; nothing for the rest. The source documents ask to reward the good and
     * penalise the poor but give no rule: this one is our default, meant to be replaced through
     * {@link Builder#rewardPolicy} or a discovered {@link RewardPolicy} plugin.
     *
     * @return the policy
     */
    public static RewardPolicy defaultRewardPolicy() {
        return StandardRewardPolicy.INSTANCE;
    }

    /**
     * Assessments kept in a storage (C7), as the aggregate type {@code assessment} with indexes
     * by catalogue and period and by subject; one assessment per subject, catalogue and period
     * is enforced within the storage's unit of work, so it holds across threads and for any
     * store that passes the storage compatibility kit.
     *
     * @param storage the storage, such as {@code Storage.open()}
     * @return the store
     */
    public static AssessmentStore assessmentStore(Storage storage) {
        return new StoredAssessments(storage);
    }

    /**
     * Builds a {@link Scoring} service. Not thread-safe; the service it builds is.
     */
    public static final class Builder {

        private final Clock clock;
        private final Map<String, Catalogue> catalogues = new LinkedHashMap<>();
        private AssessmentStore store;
        private EventHistory events = EventHistory.none();
        private ItemDerivations derivations;
        private RewardPolicy policy = StandardRewardPolicy.INSTANCE;
        private GradingScheme grading = GradingScheme.standard();

        private Builder(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
        }

        /**
         * Adds a catalogue to assess against; a later one with the same code replaces it.
         *
         * @param catalogue the catalogue
         * @return this builder
         */
        public Builder catalogue(Catalogue catalogue) {
            catalogues.put(catalogue.code(), catalogue);
            return this;
        }

        /**
         * Sets the store; by default a new in-memory one ({@link #assessmentStore(Storage)} over
         * {@link Storage#inMemory()}).
         *
         * @param store the store
         * @return this builder
         */
        public Builder store(AssessmentStore store) {
            this.store = Objects.requireNonNull(store, "store");
            return this;
        }

        /**
         * Sets where recorded events are read for derived items; by default none.
         *
         * @param events the event history
         * @return this builder
         */
        public Builder events(EventHistory events) {
            this.events = Objects.requireNonNull(events, "events");
            return this;
        }

        /**
         * Sets the derivations; by default {@link ItemDerivations#standard()}.
         *
         * @param derivations the derivations
         * @return this builder
         */
        public Builder derivations(ItemDerivations derivations) {
            this.derivations = Objects.requireNonNull(derivations, "derivations");
            return this;
        }

        /**
         * Sets the reward and penalty policy; by default {@link #defaultRewardPolicy()}.
         *
         * @param policy the policy
         * @return this builder
         */
        public Builder rewardPolicy(RewardPolicy policy) {
            this.policy = Objects.requireNonNull(policy, "policy");
            return this;
        }

        /**
         * Uses the {@link RewardPolicy} that {@link PluginHost}'s discovery finds with the lowest
         * order, if any; otherwise keeps the current one.
         *
         * @throws org.aftersales.core.error.PluginFailureException when a policy cannot be
         *     loaded or two share an id
         *
         * @return this builder
         */
        public Builder discoverRewardPolicy() {
            List<RewardPolicy> found = PluginHost.builder(RewardPolicy.class).build().plugins();
            if (!found.isEmpty()) {
                this.policy = found.get(0);
            }
            return this;
        }

        /**
         * Sets the grade bands and cap; by default {@link GradingScheme#standard()}.
         *
         * @param grading the scheme
         * @return this builder
         */
        public Builder grading(GradingScheme grading) {
            this.grading = Objects.requireNonNull(grading, "grading");
            return this;
        }

        /**
         * Builds the service.
         *
         * @return the service
         * @throws org.aftersales.core.error.ValidationException listing every derived item
         *     that names an unknown derivation or settings it refuses
         */
        public Scoring build() {
            if (store == null) {
                store = assessmentStore(Storage.inMemory());
            }
            if (derivations == null) {
                derivations = ItemDerivations.standard();
            }
            Violations v = ScoringMessages.violations();
            catalogues.values().forEach(c -> AssessmentChecks.derivations(v, "catalogues." + c.code() + ".", c, derivations));
            v.throwIfPresent();
            return new Scoring(this);
        }
    }
}

package org.aftersales.core.scoring;

import static org.aftersales.core.scoring.Fixtures.CLERK;
import static org.aftersales.core.scoring.Fixtures.MARCH;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.aftersales.core.error.BusinessRuleException;
import org.aftersales.core.scoring.spi.AssessmentStore;
import org.aftersales.core.store.Storage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** S2 with C7: assessments live in the storage SPI; one per subject, catalogue and period. */
class StoredAssessmentsTest {

    @Test
    @Timeout(60)
    void S2_concurrentRecordingsOfOneSubjectAndPeriodStoreExactlyOne() throws Exception {
        Storage storage = Storage.inMemory();
        AssessmentStore store = Scoring.assessmentStore(storage);
        Scoring scoring = Scoring.builder(Fixtures.CLOCK).catalogue(Catalogues.partsDepartment()).store(store).build();
        List<ItemResult> results = Fixtures.passedExcept(Catalogues.partsDepartment(), CLERK, Map.of());
        int threads = 8;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Object> outcomes = new ArrayList<>();
        try {
            List<Future<Object>> running = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                String id = "A-" + i;
                running.add(pool.submit(() -> {
                    start.await();
                    try {
                        return scoring.record(Fixtures.command(id, "parts-department", CLERK, MARCH, results));
                    } catch (BusinessRuleException e) {
                        return e.rule();
                    }
                }));
            }
            start.countDown();
            for (Future<Object> f : running) {
                outcomes.add(f.get()); // any other failure of a worker fails the test
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(outcomes).hasSize(threads);
        assertThat(outcomes).filteredOn(Assessment.class::isInstance).hasSize(1);
        assertThat(outcomes).filteredOn("scoring.assessment.exists"::equals).hasSize(threads - 1);
        assertThat(store.forPeriod("parts-department", MARCH)).hasSize(1);
        assertThat(store.forSubject(CLERK, "parts-department")).hasSize(1);
    }

    @Test
    void S2_assessmentsAreReadBackThroughTheStorage() {
        Storage storage = Storage.inMemory();
        Scoring first = Scoring.builder(Fixtures.CLOCK).catalogue(Catalogues.partsDepartment())
                .store(Scoring.assessmentStore(storage)).build();
        Assessment a = first.record(Fixtures.command("A-1", "parts-department", CLERK, MARCH,
                Fixtures.passedExcept(Catalogues.partsDepartment(), CLERK, Map.of())));
        AssessmentStore again = Scoring.assessmentStore(storage);
        assertThat(again.find(a.id())).contains(a);
        assertThat(again.forSubject(CLERK, "parts-department")).containsExactly(a);
    }
}

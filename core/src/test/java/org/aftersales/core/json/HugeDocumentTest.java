package org.aftersales.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.aftersales.core.error.ValidationException;
import org.aftersales.core.error.Violations;
import org.aftersales.core.party.Customer.Contact;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * C9, C10: a 19 MB document with 600,000 faults is refused quickly and in bounded memory. The
 * build runs this class alone in a JVM with {@code -Xmx256m} (the {@code small-heap}
 * execution of surefire in {@code core/pom.xml}); the test checks that it got that heap.
 */
class HugeDocumentTest {

    static final int FAULTS = 600_000;

    @TempDir
    Path dir;

    @Test
    @Timeout(120)
    void C9_a19MbDocumentWith600000FaultsIsRefusedInASmallHeap() throws IOException {
        assertThat(Runtime.getRuntime().maxMemory()).as("runs with -Xmx256m").isLessThanOrEqualTo(256L << 20);
        Path file = dir.resolve("contacts.json");
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write('[');
            for (int i = 0; i < FAULTS; i++) {
                out.write(i == 0 ? "" : ",");
                out.write("{\"name\":\"c" + i + "\",\"phone\":\"138\"}");
            }
            out.write(']');
        }
        assertThat(Files.size(file)).isBetween(19_000_000L, 20_000_000L);

        long start = System.nanoTime();
        assertThatThrownBy(() -> AftersalesJson.readList(JsonSource.of(file), Contact.class))
                .isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(e.violations()).hasSize(Violations.DEFAULT_MAX_LISTED);
                    assertThat(e.violations().get(0).path()).isEqualTo("[0].phone.value");
                    assertThat(e.violations().get(0).code()).isEqualTo("phone.mobileLength");
                    assertThat(e.omitted()).isEqualTo(FAULTS - Violations.DEFAULT_MAX_LISTED);
                    assertThat(e.text().en()).contains("(600000 problems)").contains("and 599900 more not listed");
                    assertThat(e.text().zh()).contains("共600000处").contains("另有 599900 处未列出");
                });
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        assertThat(took).as("refused quickly").isLessThan(Duration.ofSeconds(60));
    }
}

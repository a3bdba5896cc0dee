package org.aftersales.serviceflow;

import static org.aftersales.serviceflow.Fixtures.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.aftersales.core.deadline.Deadlines;
import org.aftersales.core.error.PluginFailureException;
import org.aftersales.core.notification.Language;
import org.aftersales.core.notification.MessageTemplate;
import org.aftersales.core.notification.Notifications;
import org.aftersales.core.notification.Templates;
import org.aftersales.core.store.Storage;
import org.junit.jupiter.api.Test;

/** C12, C13, C8: what the desk's builder checks, and its templates in both languages. */
class DeskBuilderTest {

    final java.time.Clock clock = java.time.Clock.fixed(at("2026-12-01T09:00:00"), java.time.ZoneOffset.UTC);
    final Storage storage = Storage.builder().discovery(false).clock(clock).build();

    @Test
    void C12_theTemplatesLoadInBothLanguages() {
        Templates t = ServiceDesk.templates();
        assertThat(t.codes()).contains("service.booking-route", "service.bring-booklet", "service.keep-parking",
                "service.prepare", "service.customer-arrived", "service.new-promise", "service.additional-work",
                "service.wash-started", "service.wash-area", "service.pickup");
        for (String code : t.codes()) {
            MessageTemplate m = t.find(code).orElseThrow();
            assertThat(m.text(Language.EN)).isNotBlank();
            assertThat(m.text(Language.ZH)).isNotBlank().isNotEqualTo(m.text(Language.EN));
        }
    }

    @Test
    void C12_anOutboxWithoutTheDesksTemplatesIsRefused() {
        Notifications outbox = Notifications.builder().storage(storage).clock(clock).templates(Templates.standardPhrases())
                .sender(new Sender(org.aftersales.core.notification.Channel.SMS)).build();
        assertThatThrownBy(() -> ServiceDesk.builder().storage(storage).clock(clock).staff(STAFF).notifications(outbox).build())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("service.booking-route");
    }

    @Test
    void C13_aDeadlinesServiceWithoutTheDesksStandardsIsRefused() {
        Deadlines deadlines = Deadlines.builder().storage(storage).clock(clock).calendar(
                org.aftersales.core.calendar.BusinessCalendar.fromJson(HOURS)).staff(STAFF).build();
        assertThatThrownBy(() -> ServiceDesk.builder().storage(storage).clock(clock).staff(STAFF).deadlines(deadlines).build())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining(ServiceDesk.RECONFIRM);
    }

    @Test
    void C8_pluginsWithOneIdAreRefused() {
        assertThatThrownBy(() -> ServiceDesk.builder().storage(storage).clock(clock).staff(STAFF)
                .labourTimes(new Guide(), new Guide()).build()).isInstanceOf(PluginFailureException.class)
                .extracting(e -> ((PluginFailureException) e).pluginId()).isEqualTo("test-guide");
    }

    @Test
    void C8_aDeskNeedsStorageAClockAndStaff() {
        assertThatThrownBy(() -> ServiceDesk.builder().staff(STAFF).clock(clock).build())
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> ServiceDesk.builder().storage(storage).staff(STAFF).build())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("clock");
        assertThatThrownBy(() -> ServiceDesk.builder().vatRate(new java.math.BigDecimal("1.5")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("1.5");
        assertThat(List.of(ServiceDesk.standards().get(0).code(), ServiceDesk.standards().get(1).code(),
                ServiceDesk.standards().get(2).code()))
                .containsExactly(ServiceDesk.RECONFIRM, ServiceDesk.ARRIVAL, ServiceDesk.APPROVAL);
    }
}

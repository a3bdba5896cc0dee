package org.aftersales.core.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.aftersales.core.error.NotFoundException;
import org.aftersales.core.error.ValidationException;
import org.aftersales.core.error.Violation;
import org.aftersales.core.id.DepartmentId;
import org.aftersales.core.json.JsonSource;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * C5: business time across holidays, make-up working weekend days and the ends of opening
 * hours. The calendar is the 2026 arrangement around National Day: 1 to 7 October off,
 * Sunday 20 September and Saturday 10 October worked.
 */
class BusinessCalendarTest {

    static final String DOC = """
            {
              "zone": "Asia/Shanghai",
              "openingHours": {
                "service": {
                  "MONDAY":    [{"open": "08:30", "close": "12:00"}, {"open": "13:30", "close": "18:00"}],
                  "TUESDAY":   [{"open": "08:30", "close": "12:00"}, {"open": "13:30", "close": "18:00"}],
                  "WEDNESDAY": [{"open": "08:30", "close": "12:00"}, {"open": "13:30", "close": "18:00"}],
                  "THURSDAY":  [{"open": "08:30", "close": "12:00"}, {"open": "13:30", "close": "18:00"}],
                  "FRIDAY":    [{"open": "08:30", "close": "12:00"}, {"open": "13:30", "close": "18:00"}],
                  "SATURDAY":  [{"open": "09:00", "close": "17:00"}]
                },
                "parts": {
                  "MONDAY": [{"open": "08:00", "close": "17:00"}]
                }
              },
              "holidays": [
                {"date": "2026-10-01", "name": "National Day"}, {"date": "2026-10-02", "name": "National Day"},
                {"date": "2026-10-03", "name": "National Day"}, {"date": "2026-10-04", "name": "National Day"},
                {"date": "2026-10-05", "name": "National Day"}, {"date": "2026-10-06", "name": "National Day"},
                {"date": "2026-10-07", "name": "National Day"}
              ],
              "makeUpWorkingDays": [
                {"date": "2026-09-20", "worksAs": "MONDAY"},
                {"date": "2026-10-10"}
              ],
              "festivals": [{"date": "2026-09-25", "festival": "MID_AUTUMN"}]
            }
            """;

    static final BusinessCalendar CAL = BusinessCalendar.fromJson(DOC);
    static final DepartmentId SERVICE = DepartmentId.of("service");

    static Instant at(String local) {
        return OffsetDateTime.parse(local + "+08:00").toInstant();
    }

    @ParameterizedTest(name = "{0} + {1} = {2}")
    @CsvSource({
        // ends of opening hours
        "2026-11-23T10:00, PT1H, 2026-11-23T11:00",
        "2026-11-23T11:45, PT15M, 2026-11-23T12:00",
        "2026-11-23T11:45, PT30M, 2026-11-23T13:45",
        "2026-11-23T12:00, PT30M, 2026-11-23T14:00",
        "2026-11-23T07:00, PT10M, 2026-11-23T08:40",
        "2026-11-27T17:30, PT1H, 2026-11-28T09:30",   // Friday evening to Saturday
        "2026-11-28T16:30, PT1H, 2026-11-30T09:00",   // Saturday to Monday, Sunday closed
        "2026-11-23T18:00, PT1M, 2026-11-24T08:31",
        "2026-11-23T20:00, PT0S, 2026-11-23T20:00",
        // across the National Day holiday: 1 h on 30 Sep, then 8 Oct
        "2026-09-30T17:00, PT2H, 2026-10-08T09:30",
        // across a make-up working Sunday (works with Monday hours)
        "2026-09-19T16:30, PT1H, 2026-09-20T09:00",
        // Saturday 10 Oct is worked with Monday hours (no worksAs given)
        "2026-10-09T17:30, PT1H, 2026-10-10T09:00",
        // a whole week of business time: 8 h on weekdays, 8 h on Saturday
        "2026-11-23T08:30, PT48H, 2026-11-28T17:00",
    })
    void C5_addsBusinessTime(String start, Duration duration, String end) {
        assertThat(CAL.plus(SERVICE, at(start), duration)).isEqualTo(at(end));
    }

    @ParameterizedTest(name = "{0} to {1} = {2}")
    @CsvSource({
        "2026-11-27T17:00, 2026-11-30T09:00, PT9H30M",
        "2026-11-23T11:00, 2026-11-23T14:00, PT1H30M",
        "2026-09-30T17:00, 2026-10-08T09:30, PT2H",
        "2026-09-19T16:30, 2026-09-20T09:00, PT1H",
        "2026-11-29T08:00, 2026-11-29T20:00, PT0S",
        "2026-11-23T14:00, 2026-11-23T11:00, -PT1H30M",
    })
    void C5_measuresBusinessTimeBetween(String from, String to, Duration expected) {
        assertThat(CAL.between(SERVICE, at(from), at(to))).isEqualTo(expected);
    }

    @Test
    void C5_plusAndBetweenAgree() {
        Instant start = at("2026-09-15T09:17");
        for (int minutes = 0; minutes < 60 * 80; minutes += 37) {
            Instant end = CAL.plus(SERVICE, start, Duration.ofMinutes(minutes));
            assertThat(CAL.between(SERVICE, start, end)).isEqualTo(Duration.ofMinutes(minutes));
        }
    }

    @Test
    void C10_aCalendarReadsFromAFileAReaderAndAStreamAlike(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("calendar.json"), DOC);
        Instant start = at("2026-09-30T16:00");
        Instant expected = CAL.plus(SERVICE, start, Duration.ofHours(4));
        for (BusinessCalendar read : List.of(BusinessCalendar.fromJson(JsonSource.of(file)),
                BusinessCalendar.fromJson(JsonSource.of(new StringReader(DOC))),
                BusinessCalendar.fromJson(JsonSource.of(new ByteArrayInputStream(DOC.getBytes(StandardCharsets.UTF_8)))))) {
            assertThat(read.plus(SERVICE, start, Duration.ofHours(4))).isEqualTo(expected);
        }
        assertThatThrownBy(() -> BusinessCalendar.fromJson(JsonSource.of(dir.resolve("missing.json"))))
                .isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(e.violations()).hasSize(1);
                    assertThat(e.violations().get(0).message().zh()).isNotBlank();
                });
    }

    @Nested
    class Days {
        @Test
        void holidaysCloseEveryDepartment() {
            assertThat(CAL.isWorkingDay(SERVICE, LocalDate.of(2026, 10, 5))).isFalse();
            assertThat(CAL.isWorkingDay(DepartmentId.of("parts"), LocalDate.of(2026, 10, 5))).isFalse();
            assertThat(CAL.holiday(LocalDate.of(2026, 10, 5))).contains("National Day");
        }

        @Test
        void makeUpSundayIsAWorkingDay() {
            assertThat(CAL.isWorkingDay(SERVICE, LocalDate.of(2026, 9, 20))).isTrue();
            assertThat(CAL.isWorkingDay(SERVICE, LocalDate.of(2026, 9, 27))).isFalse();
            assertThat(CAL.openingHours(SERVICE, LocalDate.of(2026, 9, 20))).hasSize(2);
        }

        @Test
        void openAtAnInstant() {
            assertThat(CAL.isOpen(SERVICE, at("2026-11-23T08:30"))).isTrue();
            assertThat(CAL.isOpen(SERVICE, at("2026-11-23T12:00"))).isFalse();
            assertThat(CAL.isOpen(SERVICE, at("2026-11-23T17:59"))).isTrue();
            assertThat(CAL.isOpen(SERVICE, at("2026-11-23T18:00"))).isFalse();
        }

        @Test
        void festivalsAreData() {
            assertThat(CAL.festival(LocalDate.of(2026, 9, 25))).contains(Festival.MID_AUTUMN);
            assertThat(Festival.MID_AUTUMN.label().zh()).isEqualTo("中秋节");
            assertThat(CAL.festival(LocalDate.of(2026, 9, 26))).isEmpty();
        }

        @Test
        void unknownDepartmentIsNamed() {
            assertThatThrownBy(() -> CAL.openingHours(DepartmentId.of("bodyshop"), LocalDate.of(2026, 1, 5)))
                    .isInstanceOf(NotFoundException.class).hasMessageContaining("bodyshop");
        }
    }

    @Test
    void C5_refusesABadDocumentListingEveryProblem() {
        String bad = """
                {
                  "zone": "Mars/Olympus",
                  "openingHours": {
                    "service": {"MONDAY": [{"open": "08:00", "close": "12:00"}, {"open": "11:00", "close": "13:00"}]}
                  },
                  "holidays": [{"date": "2026-10-01", "name": "a"}, {"date": "2026-10-01", "name": "b"}],
                  "makeUpWorkingDays": [{"date": "2026-09-21"}, {"date": "2026-10-01"}]
                }
                """;
        assertThatThrownBy(() -> BusinessCalendar.fromJson(bad))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(Violation::path, Violation::code)
                        .containsExactly(
                                org.assertj.core.groups.Tuple.tuple("zone", "calendar.zone"),
                                org.assertj.core.groups.Tuple.tuple("openingHours.service.MONDAY", "calendar.overlap"),
                                org.assertj.core.groups.Tuple.tuple("holidays[1].date", "calendar.duplicate"),
                                org.assertj.core.groups.Tuple.tuple("makeUpWorkingDays[0].date", "calendar.makeUpWeekday"),
                                org.assertj.core.groups.Tuple.tuple("makeUpWorkingDays[1].date", "calendar.makeUpWeekday"),
                                org.assertj.core.groups.Tuple.tuple("makeUpWorkingDays[1].date", "calendar.makeUpHoliday")));
    }

    @Test
    void C5_refusesUnknownPropertiesAndBadPeriodsWithPaths() {
        assertThatThrownBy(() -> BusinessCalendar.fromJson("{\"openingHours\": {}, \"holidayz\": []}"))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(Violation::code).containsExactly("json.unknownProperty"));
        assertThatThrownBy(() -> BusinessCalendar.fromJson(
                        "{\"openingHours\": {\"service\": {\"MONDAY\": [{\"open\": \"18:00\", \"close\": \"08:00\"}]}}}"))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .singleElement().satisfies(v -> {
                            assertThat(v.code()).isEqualTo("calendar.period");
                            assertThat(v.path()).isEqualTo("openingHours.service.MONDAY[0].close");
                        }));
    }
}

package org.aftersales.core.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.aftersales.core.error.BusinessRuleException;
import org.aftersales.core.error.ValidationException;
import org.aftersales.core.error.Violation;
import org.aftersales.core.id.DepartmentId;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/**
 * C14: the national arrangements shipped in the jar for 2025 and 2026, a dealership calendar
 * that only gives its hours and closures, and the refusal of a year without an arrangement.
 */
class ShippedArrangementTest {

    /** Two periods a day on weekdays, Saturday mornings, Sunday closed; nothing about holidays. */
    static final String HOURS_ONLY = """
            {"openingHours": {"service": {
                "MONDAY":    [{"open": "08:30", "close": "12:00"}, {"open": "13:30", "close": "17:30"}],
                "TUESDAY":   [{"open": "08:30", "close": "12:00"}, {"open": "13:30", "close": "17:30"}],
                "WEDNESDAY": [{"open": "08:30", "close": "12:00"}, {"open": "13:30", "close": "17:30"}],
                "THURSDAY":  [{"open": "08:30", "close": "12:00"}, {"open": "13:30", "close": "17:30"}],
                "FRIDAY":    [{"open": "08:30", "close": "12:00"}, {"open": "13:30", "close": "17:30"}],
                "SATURDAY":  [{"open": "09:00", "close": "12:00"}]}},
             "holidays": [{"date": "2026-11-11", "name": "Stocktaking"}]}""";

    static final BusinessCalendar CAL = BusinessCalendar.fromJson(HOURS_ONLY);
    static final DepartmentId SERVICE = DepartmentId.of("service");

    static Instant at(String local) {
        return OffsetDateTime.parse(local + "+08:00").toInstant();
    }

    @ParameterizedTest(name = "{0} + {1} = {2}")
    @CsvSource({
        // 2025: Spring Festival 28 Jan to 4 Feb off; Sunday 26 Jan and Saturday 8 Feb worked
        "2025-01-27T17:00, PT1H, 2025-02-05T09:00",
        "2025-01-25T11:30, PT1H, 2025-01-26T09:00",   // a make-up Sunday, Monday hours
        "2025-02-07T17:00, PT4H30M, 2025-02-08T14:00",   // make-up Saturday with weekday hours and lunch
        "2025-04-30T16:30, PT2H, 2025-05-06T09:30",   // Labour Day 1 to 5 May
        "2025-09-30T17:00, PT1H, 2025-10-09T09:00",   // National Day and Mid-Autumn, 1 to 8 Oct
        "2025-12-31T17:00, PT30M, 2025-12-31T17:30",  // the end of opening hours on the last day
        // 2026: Spring Festival 15 to 23 Feb off; Saturdays 14 and 28 Feb worked
        "2026-02-13T17:00, PT1H, 2026-02-14T09:00",
        "2026-02-14T17:00, PT1H, 2026-02-24T09:00",
        "2026-01-03T11:00, PT1H, 2026-01-04T09:30",   // New Year 1 to 3 Jan, Sunday 4 Jan worked
        "2026-11-10T17:00, PT1H, 2026-11-12T09:00",   // the dealership's own closure
        "2025-12-31T17:00, PT1H, 2026-01-04T09:00",   // across the turn of the year
    })
    void C14_shippedArrangementsCount(String start, Duration duration, String end) {
        assertThat(CAL.plus(SERVICE, at(start), duration)).isEqualTo(at(end));
        assertThat(CAL.between(SERVICE, at(start), at(end))).isEqualTo(duration);
        assertThat(DayWalk.plus(CAL, SERVICE, at(start), duration)).isEqualTo(at(end));
    }

    @Test
    void C14_eachYearNamesItsNotice() {
        assertThat(CAL.coveredYears()).containsOnlyKeys(2025, 2026);
        assertThat(CAL.coveredYears().get(2025)).contains("国办发明电〔2024〕12号");
        assertThat(CAL.coveredYears().get(2026)).contains("2026年部分节假日安排");
        assertThat(CAL.holidayName(LocalDate.of(2026, 2, 17)).orElseThrow().zh()).isEqualTo("春节");
        assertThat(CAL.holiday(LocalDate.of(2025, 10, 8))).contains("National Day and Mid-Autumn Festival");
    }

    @Test
    void C14_festivalsShipForBothYears() {
        assertThat(CAL.festival(LocalDate.of(2025, 1, 29))).contains(Festival.SPRING_FESTIVAL);
        assertThat(CAL.festival(LocalDate.of(2025, 10, 6))).contains(Festival.MID_AUTUMN);
        assertThat(CAL.festival(LocalDate.of(2026, 3, 3))).contains(Festival.LANTERN_FESTIVAL);
        assertThat(CAL.festival(LocalDate.of(2026, 6, 19))).contains(Festival.DRAGON_BOAT);
    }

    @Test
    void C14_aDateIn2027IsRefusedSayingHowToAddIt() {
        for (Runnable ask : new Runnable[] {
            () -> CAL.plus(SERVICE, at("2027-03-01T09:00"), Duration.ofHours(1)),
            () -> CAL.plus(SERVICE, at("2026-12-31T17:00"), Duration.ofHours(1)),
            () -> CAL.between(SERVICE, at("2026-12-30T09:00"), at("2027-01-04T09:00")),
            () -> CAL.isWorkingDay(SERVICE, LocalDate.of(2027, 1, 4)),
            () -> CAL.festival(LocalDate.of(2027, 2, 6)),
        }) {
            assertThatThrownBy(ask::run).isInstanceOfSatisfying(BusinessRuleException.class, e -> {
                assertThat(e.rule()).isEqualTo("calendar.noArrangement");
                assertThat(e.text().en()).contains("2027", "arrangements", "2025, 2026");
                assertThat(e.text().zh()).contains("2027", "arrangements", "国务院");
            });
        }
        assertThatThrownBy(() -> CAL.plus(SERVICE, at("2024-12-31T09:00"), Duration.ofHours(1)))
                .isInstanceOfSatisfying(BusinessRuleException.class, e -> assertThat(e.text().en()).contains("2024"));
    }

    @Test
    void C14_aYearIsAddedAsData() {
        String with2027 = HOURS_ONLY.replace("\"holidays\"", """
                "arrangements": [{"year": 2027, "source": "test data, not the official notice",
                  "holidays": [{"from": "2027-01-01", "to": "2027-01-01", "name": "New Year's Day", "nameZh": "元旦"}],
                  "makeUpWorkingDays": [], "festivals": []}],
                "holidays\"""");
        BusinessCalendar cal = BusinessCalendar.fromJson(with2027);
        assertThat(cal.plus(SERVICE, at("2026-12-31T17:00"), Duration.ofHours(1))).isEqualTo(at("2027-01-02T09:30"));
        assertThat(cal.coveredYears()).containsKeys(2025, 2026, 2027);
    }

    @Test
    void C14_aGapYearIsNeverCountedAsOrdinary() {
        String only2025And2027 = HOURS_ONLY.replace("\"holidays\": [{\"date\": \"2026-11-11\", \"name\": \"Stocktaking\"}]", """
                "nationalArrangement": "none",
                "arrangements": [
                  {"year": 2025, "source": "a", "holidays": [], "makeUpWorkingDays": [], "festivals": []},
                  {"year": 2027, "source": "b", "holidays": [], "makeUpWorkingDays": [], "festivals": []}]""");
        BusinessCalendar cal = BusinessCalendar.fromJson(only2025And2027);
        assertThatThrownBy(() -> cal.plus(SERVICE, at("2025-12-31T17:00"), Duration.ofHours(1)))
                .isInstanceOfSatisfying(BusinessRuleException.class, e -> assertThat(e.text().en()).contains("2026"));
        assertThatThrownBy(() -> cal.between(SERVICE, at("2025-12-31T17:00"), at("2027-01-04T10:00")))
                .isInstanceOf(BusinessRuleException.class);
        assertThat(cal.between(SERVICE, at("2027-01-04T08:00"), at("2027-01-04T10:00"))).isEqualTo(Duration.ofMinutes(90));
    }

    @Test
    void C14_everyProblemOfADocumentIsListed() {
        String bad = """
                {"nationalArrangement": "mars",
                 "openingHours": {
                   "service": {"MONDAY": null, "TUESDAY": [{"open": "08:00", "close": "12:00"}]},
                   "bad key": {"MONDAY": []},
                   "parts": null},
                 "arrangements": [{"year": 2027, "source": " ",
                   "holidays": [{"from": "2027-02-10", "to": "2027-02-05", "name": "Spring Festival"},
                                {"from": "2028-01-01", "to": null, "name": "x"}],
                   "makeUpWorkingDays": [{"date": "2027-02-03"}, null],
                   "festivals": [{"date": "2026-09-25", "festival": "MID_AUTUMN"}]}]}""";
        assertThatThrownBy(() -> BusinessCalendar.fromJson(bad))
                .isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(e.violations()).extracting(Violation::path, Violation::code).contains(
                            tuple("openingHours.service.MONDAY", "required"),
                            tuple("openingHours.parts", "required"),
                            tuple("nationalArrangement", "calendar.national"),
                            tuple("arrangements[0].source", "required"),
                            tuple("arrangements[0].holidays[0].to", "calendar.range"),
                            tuple("arrangements[0].holidays[1].to", "required"),
                            tuple("arrangements[0].holidays[1].from", "calendar.outsideYear"),
                            tuple("arrangements[0].makeUpWorkingDays[0].date", "calendar.makeUpWeekday"),
                            tuple("arrangements[0].makeUpWorkingDays[1].date", "required"),
                            tuple("arrangements[0].festivals[0].date", "calendar.outsideYear"));
                    assertThat(e.violations()).anySatisfy(v -> assertThat(v.path()).startsWith("openingHours.bad key"));
                    assertThat(e.violations()).allSatisfy(v -> {
                        assertThat(v.message().en()).isNotBlank();
                        assertThat(v.message().zh()).isNotBlank();
                    });
                });
    }

    @Test
    void C14_aNullWeekdayIsRefusedNotClosed() {
        assertThatThrownBy(() -> BusinessCalendar.fromJson(
                        "{\"openingHours\": {\"service\": {\"MONDAY\": null}}}"))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(Violation::path, Violation::code)
                        .containsExactly(tuple("openingHours.service.MONDAY", "required")));
        // an empty list is how a closed day is written
        BusinessCalendar closedMonday = BusinessCalendar.fromJson("{\"openingHours\": {\"service\": {\"MONDAY\": []}}}");
        assertThat(closedMonday.isWorkingDay(SERVICE, LocalDate.of(2026, 11, 23))).isFalse();
    }

    @Test
    void C14_shippedDataIsCheckedLikeAnyArrangement() {
        for (int year : HolidayArrangement.CHINA_YEARS) {
            HolidayArrangement a = HolidayArrangement.china(year).orElseThrow();
            String doc = "{\"nationalArrangement\": \"none\", \"openingHours\": {\"service\": {}}, \"arrangements\": ["
                    + org.aftersales.core.json.AftersalesJson.mapper().writeValueAsString(a) + "]}";
            assertThat(BusinessCalendar.fromJson(doc).coveredYears()).containsOnlyKeys(year);
        }
        assertThat(HolidayArrangement.china(2027)).isEmpty();
    }
}

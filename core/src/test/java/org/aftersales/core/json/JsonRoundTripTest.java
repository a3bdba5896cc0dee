package org.aftersales.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.MonthDay;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.aftersales.core.calendar.CalendarDocument;
import org.aftersales.core.calendar.OpeningPeriod;
import org.aftersales.core.error.ValidationException;
import org.aftersales.core.error.Violation;
import org.aftersales.core.event.Actor;
import org.aftersales.core.event.EventContext;
import org.aftersales.core.event.EventMetadata;
import org.aftersales.core.id.*;
import org.aftersales.core.party.ContactPreferences;
import org.aftersales.core.party.Customer;
import org.aftersales.core.party.Department;
import org.aftersales.core.party.DepartmentKind;
import org.aftersales.core.party.Role;
import org.aftersales.core.party.StaffMember;
import org.aftersales.core.party.Vehicle;
import org.aftersales.core.value.Dimensions;
import org.aftersales.core.value.LicencePlate;
import org.aftersales.core.value.Mileage;
import org.aftersales.core.value.Money;
import org.aftersales.core.value.PhoneNumber;
import org.aftersales.core.value.Quantity;
import org.aftersales.core.value.TimeWindow;
import org.aftersales.core.value.Vin;
import org.aftersales.core.value.Weight;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.json.JsonMapper;

/** C10: every public value survives a JSON round trip exactly; the mapper is hardened. */
class JsonRoundTripTest {

    static final JsonMapper MAPPER = AftersalesJson.mapper();

    static Stream<Object> values() {
        Vin vin = Vin.parse("LSVAA4182E2101238");
        PhoneNumber mobile = PhoneNumber.parse("13812345678");
        return Stream.of(
                CustomerId.of("c-1"), VehicleId.of("v-1"), StaffId.of("s-1"), DepartmentId.of("service"),
                RepairOrderId.of("RO-2026-000123"), AppointmentId.of("AP-1"), PartNumber.of("5Q0-129-620-B"),
                BinCode.of("A-03-2-05"), WarehouseId.of("main"), ComplaintNumber.of("CP-2026-0001"),
                CorrelationId.of("ro-42"), EventId.of("e-1"), SupplierId.of("central"), AssessmentId.of("as-1"),
                DocumentNumber.of("RC-2026-000001"),
                Money.ofYuan("12.50"), Money.ofYuan("-0.0001"), Money.of("99", "USD"), Mileage.ofKm(123_456),
                vin, LicencePlate.parse("粤BD12345"), LicencePlate.parse("沪A12345D"), LicencePlate.parse("京A12345"),
                mobile, PhoneNumber.parse("0571-88886666转123"), Dimensions.ofMm(1200, 250, 200),
                Weight.ofKg("12.345"), Quantity.pieces(4), Quantity.of("4.250", Quantity.Unit.LITRE),
                new TimeWindow(Instant.parse("2026-11-23T01:00:00Z"), Instant.parse("2026-11-23T02:30:00Z")),
                OpeningPeriod.of("08:30", "12:00"),
                new CalendarDocument("Asia/Shanghai",
                        Map.of("service", Map.of(DayOfWeek.MONDAY, List.of(OpeningPeriod.of("08:30", "12:00")))),
                        List.of(new CalendarDocument.Holiday(LocalDate.of(2026, 10, 1), "国庆节")),
                        List.of(new CalendarDocument.MakeUpDay(LocalDate.of(2026, 9, 20), DayOfWeek.MONDAY)),
                        List.of(new CalendarDocument.FestivalDate(LocalDate.of(2026, 9, 25),
                                org.aftersales.core.calendar.Festival.MID_AUTUMN))),
                new Department(DepartmentId.of("service"), DepartmentKind.SERVICE, "服务部", StaffId.of("m-1")),
                new StaffMember(StaffId.of("s-1"), "王芳", DepartmentId.of("service"),
                        Set.of(Role.SERVICE_ADVISOR, Role.MANAGER), StaffId.of("s-2")),
                new ContactPreferences(List.of(ContactPreferences.Channel.WECHAT), LocalTime.of(9, 0),
                        LocalTime.of(18, 0), true),
                Customer.fleet(CustomerId.of("c-9"), "深圳快运物流有限公司", mobile,
                                new Customer.Contact("黄经理", PhoneNumber.parse("0755-83456789")), Customer.Origin.CAR_BUYER)
                        .withNeed(LocalDate.of(2026, 1, 5), "车队夜间保养")
                        .withBirthday(MonthDay.of(5, 20)),
                new Vehicle(VehicleId.of("v-1"), vin, null, "ID.4", LocalDate.of(2024, 5, 1), CustomerId.of("c-1"),
                        List.of(new Vehicle.Reading(LocalDate.of(2025, 1, 1), Mileage.ofKm(9000)))),
                Actor.staff(StaffId.of("s-1")),
                EventContext.of(Clock.fixed(Instant.parse("2026-11-23T01:00:00Z"), ZoneOffset.UTC))
                        .metadata(Actor.system("timer"), CorrelationId.of("ro-1")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("values")
    void C10_roundTripIsExact(Object value) {
        String json = MAPPER.writeValueAsString(value);
        Object back = MAPPER.readValue(json, value.getClass());
        assertThat(back).isEqualTo(value);
        assertThat(MAPPER.writeValueAsString(back)).isEqualTo(json);
    }

    @Test
    void C10_idsAndTextValuesAreWrittenAsPlainStrings() {
        assertThat(MAPPER.writeValueAsString(BinCode.of("A-03-2-05"))).isEqualTo("\"A-03-2-05\"");
        assertThat(MAPPER.writeValueAsString(LicencePlate.parse("粤BD12345"))).isEqualTo("\"粤BD12345\"");
        assertThat(MAPPER.writeValueAsString(Money.ofYuan("12.50"))).isEqualTo("{\"amount\":12.50,\"currency\":\"CNY\"}");
    }

    @Test
    void C10_moneyKeepsItsScale() {
        Money back = MAPPER.readValue("{\"amount\":12.50,\"currency\":\"CNY\"}", Money.class);
        assertThat(back.amount()).isEqualTo(new BigDecimal("12.50"));
    }

    @Test
    void C10_badValuesAreRefusedWithTheirJsonPath() {
        assertThatThrownBy(() -> AftersalesJson.read(
                        "{\"id\":\"v-1\",\"vin\":\"LSVAA4180E2101238\",\"model\":\"ID.4\",\"owner\":\"c-1\"}",
                        Vehicle.class))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(Violation::path, Violation::code)
                        .containsExactly(org.assertj.core.groups.Tuple.tuple("vin.value", "vin.checkDigit")));
        assertThatThrownBy(() -> AftersalesJson.read("{\"amount\":1,\"currency\":\"CNY\",\"cents\":1}", Money.class))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(Violation::code).containsExactly("json.unknownProperty"));
        assertThatThrownBy(() -> AftersalesJson.read("{\"km\": 5} {}", Mileage.class))
                .isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> AftersalesJson.read("{\"km\": -5}", Mileage.class))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(Violation::code).containsExactly("mileage.range"));
    }

    @Test
    void C10_deepNestingIsRefused() {
        String deep = "[".repeat(AftersalesJson.MAX_NESTING_DEPTH + 10) + "]".repeat(AftersalesJson.MAX_NESTING_DEPTH + 10);
        assertThatThrownBy(() -> AftersalesJson.read(deep, Object.class))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(Violation::code).containsExactly("json.limit.depth"));
    }

    @Test
    void C10_noDefaultTypingPolymorphicIdsAreNotHonoured() {
        Object read = AftersalesJson.read("[\"java.net.URL\", \"http://example.com\"]", Object.class);
        assertThat(read).isInstanceOf(List.class);
    }

    @Test
    void C11_eventTimeComesFromTheInjectedClock() {
        Instant t = Instant.parse("2026-11-23T08:00:00Z");
        EventMetadata m = EventContext.of(Clock.fixed(t, ZoneOffset.UTC)).metadata(Actor.staff(StaffId.of("s-1")),
                CorrelationId.of("ro-1"));
        assertThat(m.occurredAt()).isEqualTo(t);
        assertThat(m.actor().toString()).isEqualTo("staff:s-1");
        EventMetadata later = EventContext.of(Clock.offset(Clock.fixed(t, ZoneOffset.UTC), Duration.ofMinutes(5)))
                .metadata(Actor.system("timer"), CorrelationId.of("ro-1"));
        assertThat(later.occurredAt()).isEqualTo(t.plusSeconds(300));
        assertThat(later.id()).isNotEqualTo(m.id());
    }
}

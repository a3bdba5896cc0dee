package org.aftersales.core.party;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.MonthDay;
import java.util.List;
import java.util.Set;
import org.aftersales.core.error.ValidationException;
import org.aftersales.core.error.Violation;
import org.aftersales.core.id.CustomerId;
import org.aftersales.core.id.DepartmentId;
import org.aftersales.core.id.StaffId;
import org.aftersales.core.id.VehicleId;
import org.aftersales.core.value.LicencePlate;
import org.aftersales.core.value.Mileage;
import org.aftersales.core.value.PhoneNumber;
import org.aftersales.core.value.Vin;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** C3 parties and C4 A/B backup routing. */
class PartiesTest {

    static final DepartmentId SERVICE = DepartmentId.of("service");
    static final DepartmentId PARTS = DepartmentId.of("parts");
    static final StaffId WANG = StaffId.of("wang");
    static final StaffId LI = StaffId.of("li");
    static final StaffId ZHAO = StaffId.of("zhao");
    static final StaffId CHEN = StaffId.of("chen");
    static final StaffId SUN = StaffId.of("sun");
    static final StaffId ZHOU = StaffId.of("zhou");

    static StaffDirectory directory() {
        return StaffDirectory.of(
                List.of(new Department(SERVICE, DepartmentKind.SERVICE, "Service", CHEN),
                        new Department(PARTS, DepartmentKind.PARTS, "Parts", ZHOU)),
                List.of(new StaffMember(WANG, "Wang", SERVICE, Set.of(Role.SERVICE_ADVISOR), LI),
                        new StaffMember(LI, "Li", SERVICE, Set.of(Role.SERVICE_ADVISOR), ZHAO),
                        new StaffMember(ZHAO, "Zhao", SERVICE, Set.of(Role.SERVICE_ADVISOR), WANG),
                        new StaffMember(CHEN, "Chen", SERVICE, Set.of(Role.MANAGER), null),
                        new StaffMember(SUN, "Sun", SERVICE, Set.of(Role.SETTLEMENT_CLERK), null),
                        new StaffMember(ZHOU, "Zhou", PARTS, Set.of(Role.MANAGER, Role.WAREHOUSE_KEEPER), null)));
    }

    @Nested
    class BackupRouting {
        final StaffDirectory dir = directory();

        @Test
        void C4_presentPersonKeepsTheirWork() {
            Routing r = dir.route(WANG, id -> false);
            assertThat(r.assignee()).contains(WANG);
            assertThat(r.skipped()).isEmpty();
            assertThat(r.decider()).isEmpty();
        }

        @Test
        void C4_absentPersonsWorkGoesToTheBackup() {
            Routing r = dir.route(WANG, Set.of(WANG)::contains);
            assertThat(r.assignee()).contains(LI);
            assertThat(r.skipped()).containsExactly(WANG);
        }

        @Test
        void C4_chainOfAbsencesIsFollowed() {
            Routing r = dir.route(WANG, Set.of(WANG, LI)::contains);
            assertThat(r.assignee()).contains(ZHAO);
            assertThat(r.skipped()).containsExactly(WANG, LI);
        }

        @Test
        void C4_loopOfAbsencesEndsWithTheManagerDeciding() {
            Routing r = dir.route(LI, Set.of(WANG, LI, ZHAO)::contains);
            assertThat(r.assigned()).isFalse();
            assertThat(r.loop()).isTrue();
            assertThat(r.skipped()).containsExactly(LI, ZHAO, WANG);
            assertThat(r.decider()).contains(CHEN);
        }

        @Test
        void C4_chainWithoutBackupEndsWithTheManagerDeciding() {
            Routing r = dir.route(SUN, Set.of(SUN)::contains);
            assertThat(r.assigned()).isFalse();
            assertThat(r.loop()).isFalse();
            assertThat(r.decider()).contains(CHEN);
        }

        @Test
        void C4_peakTimeCoverBySettlementClerk() {
            assertThat(dir.whoCanDo(Role.SERVICE_ADVISOR, Set.of(WANG, LI, ZHAO)::contains))
                    .extracting(StaffMember::id).containsExactly(SUN);
            assertThat(dir.whoCanDo(Role.SERVICE_ADVISOR, id -> false))
                    .extracting(StaffMember::id).containsExactly(LI, WANG, ZHAO, SUN);
        }
    }

    @Test
    void C4_directoryRefusesInconsistentBackupsListingEveryProblem() {
        assertThatThrownBy(() -> StaffDirectory.of(
                        List.of(new Department(SERVICE, DepartmentKind.SERVICE, "Service", StaffId.of("nobody"))),
                        List.of(new StaffMember(WANG, "Wang", SERVICE, Set.of(Role.SERVICE_ADVISOR), ZHOU),
                                new StaffMember(ZHOU, "Zhou", PARTS, Set.of(Role.WAREHOUSE_KEEPER), null),
                                new StaffMember(LI, "Li", SERVICE, Set.of(Role.SERVICE_ADVISOR), StaffId.of("ghost")))))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(Violation::path, Violation::code)
                        .containsExactly(
                                org.assertj.core.groups.Tuple.tuple("staff[1].department", "staff.unknownDepartment"),
                                org.assertj.core.groups.Tuple.tuple("staff[0].backup", "staff.backupDepartment"),
                                org.assertj.core.groups.Tuple.tuple("staff[2].backup", "staff.unknownBackup"),
                                org.assertj.core.groups.Tuple.tuple("departments[0].manager", "staff.unknownManager")));
        assertThatThrownBy(() -> new StaffMember(WANG, "Wang", SERVICE, Set.of(), WANG))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(Violation::code).containsExactly("staff.noRole", "staff.selfBackup"));
    }

    @Nested
    class Customers {
        final PhoneNumber phone = PhoneNumber.parse("13812345678");

        @Test
        void C3_fleetNamesItsDecisionMaker() {
            Customer fleet = Customer.fleet(CustomerId.of("c-1"), "Shenzhen Express Logistics", phone,
                    new Customer.Contact("Manager Huang", PhoneNumber.parse("0755-83456789")), Customer.Origin.CAR_BUYER);
            assertThat(fleet.decisionMaker().name()).isEqualTo("Manager Huang");
            assertThatThrownBy(() -> new Customer(CustomerId.of("c-2"), Customer.Kind.FLEET, "Fleet", phone,
                            ContactPreferences.phoneAnyTime(), null, null, null, null, Customer.Origin.WALK_IN, null))
                    .isInstanceOf(ValidationException.class).hasMessageContaining("decision-maker");
        }

        @Test
        void C3_archiveKeepsADatedHistoryOfNeeds() {
            Customer c = Customer.individual(CustomerId.of("c-3"), "Ms Liu", phone, Customer.Origin.WALK_IN)
                    .withNeed(LocalDate.of(2025, 3, 1), "commutes in the city, wants low running costs")
                    .withNeed(LocalDate.of(2026, 6, 1), "now drives long distance for work, wants reliability")
                    .withBirthday(MonthDay.of(5, 20))
                    .joinLoyalty("VIP-0001");
            assertThat(c.needs()).hasSize(2);
            assertThat(c.needOn(LocalDate.of(2025, 12, 31))).map(Customer.Need::text).hasValueSatisfying(
                    t -> assertThat(t).startsWith("commutes"));
            assertThat(c.needOn(LocalDate.of(2026, 7, 1))).map(Customer.Need::text).hasValueSatisfying(
                    t -> assertThat(t).startsWith("now drives"));
            assertThat(c.needOn(LocalDate.of(2024, 1, 1))).isEmpty();
            assertThat(c.hasGreetingOn(LocalDate.of(2027, 5, 20))).isTrue();
            assertThat(c.loyaltyCard()).isEqualTo("VIP-0001");
        }

        @Test
        void C3_contactPreferences() {
            ContactPreferences p = new ContactPreferences(List.of(ContactPreferences.Channel.WECHAT,
                    ContactPreferences.Channel.PHONE), LocalTime.of(9, 0), LocalTime.of(18, 0), true);
            assertThat(p.welcomesCallAt(LocalTime.of(12, 0))).isTrue();
            assertThat(p.welcomesCallAt(LocalTime.of(20, 0))).isFalse();
            assertThatThrownBy(() -> new ContactPreferences(List.of(), LocalTime.of(9, 0), null, false))
                    .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                            .extracting(Violation::code).containsExactly("customer.noChannel", "customer.callHours"));
        }
    }

    @Test
    void C3_vehicleMileageNeverGoesDown() {
        Vehicle v = new Vehicle(VehicleId.of("v-1"), Vin.parse("LSVAA4182E2101238"), LicencePlate.parse("粤BD12345"),
                "ID.4 CROZZ", LocalDate.of(2024, 5, 1), CustomerId.of("c-1"), List.of())
                .withReading(LocalDate.of(2025, 5, 1), Mileage.ofKm(12_000))
                .withReading(LocalDate.of(2026, 5, 1), Mileage.ofKm(25_000));
        assertThat(v.lastReading()).map(r -> r.mileage().km()).contains(25_000L);
        assertThatThrownBy(() -> v.withReading(LocalDate.of(2026, 6, 1), Mileage.ofKm(24_000)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .singleElement().satisfies(x -> {
                            assertThat(x.code()).isEqualTo("vehicle.mileageBackwards");
                            assertThat(x.message().zh()).contains("里程不会倒退");
                        }));
        assertThat(v.readings()).hasSize(2);
    }
}

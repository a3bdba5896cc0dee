package org.aftersales.core.party;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.aftersales.core.error.ValidationException;
import org.aftersales.core.error.Violation;
import org.aftersales.core.id.CustomerId;
import org.aftersales.core.id.DepartmentId;
import org.aftersales.core.id.StaffId;
import org.aftersales.core.id.VehicleId;
import org.aftersales.core.value.Mileage;
import org.aftersales.core.value.PhoneNumber;
import org.aftersales.core.value.Vin;
import org.junit.jupiter.api.Test;

/** C9: null where a value is required is a refusal with its path, never a crash nor "empty". */
class MissingValuesTest {

    static void refusedAt(Runnable make, String... paths) {
        assertThatThrownBy(make::run).isInstanceOfSatisfying(ValidationException.class, e -> {
            assertThat(e.violations()).extracting(Violation::path).containsExactly(paths);
            assertThat(e.violations()).extracting(Violation::code).containsOnly("required");
            assertThat(e.violations().get(0).message().zh()).isEqualTo("此项必填。");
        });
    }

    @Test
    void C9_aDirectoryWithoutListsOrWithHolesIsRefused() {
        refusedAt(() -> StaffDirectory.of(null, null), "departments", "staff");
        Department service = new Department(DepartmentId.of("service"), DepartmentKind.SERVICE, "Service",
                StaffId.of("chen"));
        refusedAt(() -> StaffDirectory.of(Arrays.asList(service, null), new ArrayList<>(Arrays.asList(null, null))),
                "departments[1]", "staff[0]", "staff[1]");
    }

    @Test
    void C9_aRoleListWithAHoleIsRefused() {
        Set<Role> roles = new HashSet<>(Arrays.asList(Role.CASHIER, null));
        refusedAt(() -> new StaffMember(StaffId.of("s"), "Sun", DepartmentId.of("service"), roles, null), "roles[0]");
    }

    @Test
    void C9_customerAndVehicleListsWithHolesAreRefused() {
        PhoneNumber phone = PhoneNumber.parse("13812345678");
        refusedAt(() -> new Customer(CustomerId.of("c"), Customer.Kind.INDIVIDUAL, "王", phone,
                        ContactPreferences.phoneAnyTime(), null, null, Arrays.asList(MonthDay.of(5, 1), null), null,
                        Customer.Origin.WALK_IN, Arrays.asList(null, new Customer.Need(LocalDate.of(2026, 1, 1), "SUV"))),
                "anniversaries[1]", "needs[0]");
        refusedAt(() -> new Vehicle(VehicleId.of("v"), Vin.parse("LSVAA4182E2101238"), null, "ID.4", null,
                CustomerId.of("c"), Arrays.asList(new Vehicle.Reading(LocalDate.of(2026, 1, 1), Mileage.ofKm(5)), null)),
                "readings[1]");
    }

    @Test
    void C9_absentOptionalListsStayEmpty() {
        Customer c = new Customer(CustomerId.of("c"), Customer.Kind.INDIVIDUAL, "王", PhoneNumber.parse("13812345678"),
                ContactPreferences.phoneAnyTime(), null, null, null, null, Customer.Origin.WALK_IN, null);
        assertThat(c.anniversaries()).isEmpty();
        assertThat(c.needs()).isEqualTo(List.of());
    }
}

package org.aftersales.demo;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.aftersales.core.error.ValidationException;
import org.aftersales.core.value.LicencePlate;
import org.aftersales.core.value.Money;
import org.aftersales.core.value.PhoneNumber;
import org.aftersales.core.value.Vin;
import org.aftersales.demo.parts.PartsCommands;

/**
 * A day at a dealership, printed as a user would read it (E1). Runs on the embedded defaults
 * with no setup: {@code ./mvnw -q -pl examples/dealership-demo -am package exec:java -DskipTests}.
 */
public final class DealershipDemo {

    private final PrintStream out;

    DealershipDemo(PrintStream out) {
        this.out = out;
    }

    /**
     * Runs the demo.
     *
     * @param args none for the tour; {@code place ...} or {@code audit ...} for the parts commands
     */
    public static void main(String[] args) {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        if (args.length > 0 && (args[0].equals("place") || args[0].equals("audit"))) {
            PartsCommands.run(args, out);
            return;
        }
        new DealershipDemo(out).run();
    }

    void run() {
        out.println("== Reception: checking what the customer tells us ==");
        Vin vin = Vin.parse("lsvaa4182e2101238".replace('8', '8'));
        out.println("VIN            " + vin + " (maker code " + vin.manufacturer() + ")");
        LicencePlate plate = LicencePlate.parse("粤B D12345");
        out.println("Plate          " + plate + " (" + plate.kind() + ")");
        PhoneNumber phone = PhoneNumber.parse("+86 138-1234-5678");
        out.println("Phone          " + phone + " (" + phone.kind() + ")");
        Money labour = Money.ofYuan("180.00").times(2).plus(Money.ofYuan("35.5"));
        out.println("Estimate       " + labour);
        try {
            Vin.parse("LSVAA4182E210123");
        } catch (ValidationException e) {
            out.println("Refused input  " + e.violations().get(0).message().en());
            out.println("               " + e.violations().get(0).message().zh());
        }
        PartsCommands.demo(out);
    }
}

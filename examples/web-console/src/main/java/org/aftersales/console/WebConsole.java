package org.aftersales.console;

import java.time.Clock;

/**
 * Starts the web console on the seeded dealership and prints its address and the demo accounts.
 * The data lives in an H2 file under {@code ~/.aftersales/console/} unless the
 * {@code aftersales.store.*} system properties or {@code AFTERSALES_STORE_*} environment variables
 * name another database (see {@link ConsoleSettings#storeFromSettings()}).
 *
 * <pre>
 * ./mvnw -q -B -pl examples/web-console -am package exec:java -DskipTests [-Dexec.args="--port 7070"]
 * </pre>
 *
 * If the store cannot be opened, it says so in English and Chinese and exits with status
 * {@value #STORE_UNAVAILABLE}.
 */
public final class WebConsole {

    /** The default port. */
    public static final int DEFAULT_PORT = 7070;
    /** The exit status when the store cannot be opened. */
    public static final int STORE_UNAVAILABLE = 3;

    private WebConsole() {
    }

    /**
     * @param args {@code --port N} (default 7070; 0 picks a free port) and {@code --host H}
     *     (default {@code localhost})
     */
    public static void main(String[] args) {
        int port = DEFAULT_PORT;
        String host = "localhost";
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--port" -> port = parsePort(args[i + 1]);
                case "--host" -> host = args[i + 1];
                default -> {
                    System.err.println("usage: [--port N] [--host H]");
                    System.exit(1);
                }
            }
        }
        ConsoleApp app;
        try {
            app = ConsoleApp.start(ConsoleSettings.defaults(Clock.systemDefaultZone()), host, port);
        } catch (ConsoleStore.Unavailable e) {
            System.err.println(e.text().en());
            System.err.println(e.text().zh());
            System.exit(STORE_UNAVAILABLE);
            return;
        } catch (org.aftersales.core.error.StorageException e) {
            // a setting that is not valid, read before anything opens
            System.err.println(e.text().en());
            System.err.println(e.text().zh());
            System.exit(STORE_UNAVAILABLE);
            return;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(app::close, "console-stop"));
        System.out.println("Web console running at " + app.address() + "  (管理台地址)");
        System.out.println("Data: " + app.storeDescription() + "  (数据库)");
        System.out.println("Lounge board (no sign-in): " + app.address() + "board");
        System.out.println("Demo accounts, password \"" + Dealership.DEMO_PASSWORD
                + "\": zhao (parts manager), wang (parts clerk), li (warehouse keeper), sun (service manager),"
                + " liu (service advisor), chen (complaint officer). Stop with Ctrl+C.");
    }

    private static int parsePort(String text) {
        try {
            int p = Integer.parseInt(text);
            if (p >= 0 && p <= 65535) {
                return p;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        System.err.println("--port takes 0 to 65535, not " + text);
        System.exit(1);
        return -1;
    }
}

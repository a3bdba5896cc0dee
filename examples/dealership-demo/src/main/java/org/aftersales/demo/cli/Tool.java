package org.aftersales.demo.cli;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.Callable;
import org.aftersales.core.error.BusinessRuleException;
import org.aftersales.core.error.IllegalTransitionException;
import org.aftersales.core.error.NotFoundException;
import org.aftersales.core.error.StorageException;
import org.aftersales.core.error.ValidationException;
import org.aftersales.core.error.Violation;
import org.aftersales.demo.day.Lang;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The tool's entry point: {@code aftersales-demo [COMMAND] [OPTIONS]}; with no command it runs
 * the day. {@link #run} returns the exit code instead of exiting, for the tests.
 *
 * <table>
 *   <caption>Exit codes</caption>
 *   <tr><td>0</td><td>done</td></tr>
 *   <tr><td>1</td><td>bad input: an unknown command or option, a value that does not parse, a refused document</td></tr>
 *   <tr><td>2</td><td>refused by a business rule, such as no bin fits or a move the flow does not allow</td></tr>
 *   <tr><td>3</td><td>the store cannot be reached</td></tr>
 * </table>
 */
@Command(name = "aftersales-demo", mixinStandardHelpOptions = true, version = "aftersales demo 0.1.0",
        description = {"A car dealership's after-sales on the command line. With no command: the day.",
                "一家汽车 4S 店售后业务的命令行工具；不带命令时运行“一天”。"},
        subcommands = {DayCommand.class, MonthCommand.class, PartsCommand.Place.class, PartsCommand.Audit.class,
                StoreCommands.Receive.class, StoreCommands.Book.class, StoreCommands.Board.class,
                StoreCommands.ComplaintCmd.class, StoreCommands.ScorecardCmd.class, DiagramsCommand.class,
                TourCommand.class},
        footer = {"", "Exit codes / 退出码:", "  0  done / 完成", "  1  bad input / 输入有误",
                "  2  refused by a business rule / 业务规则拒绝", "  3  storage unavailable / 存储不可用"})
public final class Tool implements Callable<Integer> {

    /** Done. */
    public static final int DONE = 0;
    /** Bad input. */
    public static final int BAD_INPUT = 1;
    /** Refused by a business rule. */
    public static final int REFUSED = 2;
    /** Storage unavailable. */
    public static final int STORAGE = 3;

    final PrintStream out;
    final PrintStream err;
    final Map<String, String> store;
    final boolean terminal;

    Tool(PrintStream out, PrintStream err, Map<String, String> store, boolean terminal) {
        this.out = out;
        this.err = err;
        this.store = store;
        this.terminal = terminal;
    }

    @CommandLine.Mixin
    Output output = new Output();

    @CommandLine.Option(names = "--diagrams", paramLabel = "DIR",
            description = "Where the day writes its Mermaid diagrams (default: target/aftersales-diagrams under the working directory).")
    java.nio.file.Path diagrams = DayCommand.DEFAULT_DIAGRAMS;

    @Override
    public Integer call() {
        DayCommand day = new DayCommand();
        day.tool = this;
        day.output = output;
        day.diagrams = diagrams;
        return day.call();
    }

    /**
     * Runs the tool.
     *
     * @param args the command line
     * @param out results
     * @param err usage and errors
     * @param store store settings that win over system properties and the environment
     *     ({@code aftersales.store.*}); empty in production
     * @return the exit code
     */
    public static int run(String[] args, PrintStream out, PrintStream err, Map<String, String> store) {
        return run(args, out, err, store, false);
    }

    /**
     * Runs the tool.
     *
     * @param args the command line
     * @param out results
     * @param err usage and errors
     * @param store store settings that win over system properties and the environment
     * @param terminal whether standard error is a terminal, for a progress bar rather than lines
     * @return the exit code
     */
    public static int run(String[] args, PrintStream out, PrintStream err, Map<String, String> store, boolean terminal) {
        VALIDATOR_LOG.setLevel(java.util.logging.Level.WARNING);
        args = globalOptionsAfterCommand(args);
        Tool tool = new Tool(out, err, store, terminal);
        CommandLine cli = new CommandLine(tool, new Factory(tool));
        cli.setOut(new PrintWriter(out, true, StandardCharsets.UTF_8));
        cli.setErr(new PrintWriter(err, true, StandardCharsets.UTF_8));
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        cli.setParameterExceptionHandler((ex, arguments) -> {
            PrintWriter w = ex.getCommandLine().getErr();
            w.println(ex.getMessage());
            CommandLine.UnmatchedArgumentException.printSuggestions(ex, w);
            w.println("Try '" + ex.getCommandLine().getCommandSpec().qualifiedName() + " --help'. / 用 --help 查看用法。");
            w.flush();
            return BAD_INPUT;
        });
        cli.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            int code = failure(ex, err);
            err.flush();
            return code;
        });
        return cli.execute(args);
    }

    /** Keeps the validator's start-up line off standard error (held, so the setting stays). */
    private static final java.util.logging.Logger VALIDATOR_LOG = java.util.logging.Logger.getLogger("org.hibernate.validator");

    static final java.util.Set<String> COMMANDS = java.util.Set.of("day", "month", "place", "audit", "receive", "book",
            "board", "complaint", "scorecard", "diagrams", "tour", "help");

    /**
     * Lets {@code --lang zh board} mean {@code board --lang zh}: the output options given before
     * a command move after it.
     */
    static String[] globalOptionsAfterCommand(String[] args) {
        int command = -1;
        for (int i = 0; i < args.length; i++) {
            if (COMMANDS.contains(args[i])) {
                command = i;
                break;
            }
            if (!args[i].startsWith("--lang") && !args[i].equals("--json")) {
                if (i > 0 && args[i - 1].equals("--lang")) {
                    continue;
                }
                return args;
            }
        }
        if (command <= 0) {
            return args;
        }
        java.util.List<String> moved = new java.util.ArrayList<>();
        moved.add(args[command]);
        moved.addAll(java.util.Arrays.asList(args).subList(0, command));
        moved.addAll(java.util.Arrays.asList(args).subList(command + 1, args.length));
        return moved.toArray(String[]::new);
    }

    /**
     * Prints a failure on standard error, in both languages, and gives its exit code.
     *
     * @param e the failure
     * @param err where to print
     * @return the exit code
     */
    static int failure(Exception e, PrintStream err) {
        for (Throwable c = e; c != null; c = c.getCause()) {
            if (c instanceof StorageException s) {
                err.println("Storage unavailable: " + s.text().en());
                err.println("存储不可用：" + s.text().zh());
                return STORAGE;
            }
        }
        Throwable t = e;
        while (t.getCause() != null && !(t instanceof org.aftersales.core.error.AftersalesException)
                && !(t instanceof IllegalArgumentException) && !(t instanceof java.io.UncheckedIOException)) {
            t = t.getCause();
        }
        if (t instanceof ValidationException v) {
            err.println("Invalid input (" + v.violations().size() + ") / 输入有误（" + v.violations().size() + " 处）:");
            for (Violation x : v.violations()) {
                String where = x.path().isEmpty() ? "" : x.path() + ": ";
                err.println("  " + where + x.message().en());
                err.println("  " + where + x.message().zh());
            }
            return BAD_INPUT;
        }
        if (t instanceof StorageException s) {
            err.println("Storage unavailable: " + s.text().en());
            err.println("存储不可用：" + s.text().zh());
            return STORAGE;
        }
        if (t instanceof NotFoundException n) {
            err.println(n.text().en());
            err.println(n.text().zh());
            return BAD_INPUT;
        }
        if (t instanceof BusinessRuleException || t instanceof IllegalTransitionException) {
            org.aftersales.core.error.AftersalesException a = (org.aftersales.core.error.AftersalesException) t;
            err.println("Refused: " + a.text().en());
            err.println("拒绝：" + a.text().zh());
            return REFUSED;
        }
        if (t instanceof org.aftersales.core.error.AftersalesException a) {
            err.println("Failed: " + a.text().en());
            err.println("失败：" + a.text().zh());
            return REFUSED;
        }
        if (t instanceof IllegalArgumentException) {
            err.println(t.getMessage());
            return BAD_INPUT;
        }
        if (t instanceof java.io.UncheckedIOException || t instanceof java.io.IOException) {
            Throwable io = t instanceof java.io.UncheckedIOException u ? u.getCause() : t;
            err.println("Cannot read or write " + io.getMessage());
            err.println("无法读写 " + io.getMessage());
            return BAD_INPUT;
        }
        err.println("The command failed: " + t);
        err.println("命令执行失败：" + t);
        return STORAGE;
    }

    /** Converts {@code --lang}, listing the valid codes when it cannot. */
    static final class LangConverter implements CommandLine.ITypeConverter<Lang> {
        @Override
        public Lang convert(String value) {
            try {
                return Lang.of(value);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.TypeConversionException(e.getMessage());
            }
        }
    }

    /** Gives each subcommand the tool it runs in. */
    private record Factory(Tool tool) implements CommandLine.IFactory {
        @Override
        public <K> K create(Class<K> cls) throws Exception {
            K made = CommandLine.defaultFactory().create(cls);
            if (made instanceof Sub s) {
                s.tool(tool);
            }
            return made;
        }
    }

    /** A subcommand, given the tool it runs in. */
    interface Sub {
        void tool(Tool tool);
    }

    /** Options every command that prints a result has. */
    static final class Output {
        @CommandLine.Option(names = "--lang", paramLabel = "en|zh", converter = LangConverter.class,
                description = "Language of the output: en or zh (default en). / 输出语言。")
        Lang lang = Lang.EN;

        @CommandLine.Option(names = "--json", description = "Print the result as JSON. / 以 JSON 输出结果。")
        boolean json;
    }

    static String json(Object value) {
        return org.aftersales.core.json.AftersalesJson.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(value);
    }
}

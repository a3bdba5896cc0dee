/**
 * The command-line tool (E4) on picocli: {@link org.aftersales.demo.cli.Tool} with one
 * subcommand per task, each with {@code --help}; results on standard output, usage and errors on
 * standard error; exit codes 0 done, 1 bad input, 2 refused by a business rule, 3 storage
 * unavailable. Depends on the day package and the library; nothing depends on it but the main
 * class.
 */
package org.aftersales.demo.cli;

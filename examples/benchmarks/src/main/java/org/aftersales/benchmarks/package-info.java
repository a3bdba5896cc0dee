/**
 * JMH benchmarks of the library beside the peers a user would pick instead, each comparison
 * in one run. Build with {@code ./mvnw -pl examples/benchmarks -am package -DskipTests} and
 * run {@code java -jar examples/benchmarks/target/benchmarks.jar}; see BENCHMARKS.md.
 */
package org.aftersales.benchmarks;

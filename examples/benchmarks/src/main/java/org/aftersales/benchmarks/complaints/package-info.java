/**
 * Benchmarks of complaint handling: the overdue list answered from its index over many open
 * complaints, beside a scan of every open complaint.
 */
package org.aftersales.benchmarks.complaints;

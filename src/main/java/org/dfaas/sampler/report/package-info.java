/**
 * The {@code report} command's library: reads an output folder (results, skipped, index and log)
 * into a model, computes per-configuration statistics with Student-t intervals, renders charts with
 * JFreeChart and writes one self-contained HTML page.
 */
package org.dfaas.sampler.report;

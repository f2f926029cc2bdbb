/**
 * {@code export}: an output folder's dataset rewritten for another reader, without changing the
 * folder: the DFaaS project's own layout ({@link DfaasDataset}), one {@code results.csv} of every
 * target ({@link CsvDataset}), or JSON Lines ({@link JsonLinesDataset}). {@link DatasetExport} is
 * the use case; it reads through the streaming reader of {@code results/} and takes no lock, so a
 * running campaign's folder exports as it stands (see docs/export.md).
 */
package org.dfaas.sampler.export;

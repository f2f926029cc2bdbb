/**
 * Which configurations a campaign measures: {@link org.dfaas.sampler.search.SearchStrategy}, the
 * seam the campaign loop and {@code plan} ask, with {@link org.dfaas.sampler.search.GridSearch}
 * (the old tool's order and dominance skips) behind it, and the four classes a search gives every
 * configuration ({@link org.dfaas.sampler.search.Classification}).
 */
package org.dfaas.sampler.search;

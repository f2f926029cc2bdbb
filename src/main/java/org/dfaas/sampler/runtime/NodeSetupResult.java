package org.dfaas.sampler.runtime;

import org.dfaas.sampler.setup.NodeSetupReport;
import org.dfaas.sampler.setup.SetupReport;

/**
 * What {@code setup --node} did.
 *
 * @param node the playbook's steps and the password file
 * @param deployed the functions deployed, or {@code null} when none were (check mode, {@code
 *     deploy_functions: false}, no functions)
 * @param pods the wait for the functions' pods on the node, or {@code null} when not run
 */
public record NodeSetupResult(NodeSetupReport node, DeployResult deployed, SetupReport pods) {}

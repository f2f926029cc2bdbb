package org.dfaas.sampler.setup;

import java.nio.file.Path;

/**
 * What {@code setup --node}'s playbook did, and where the gateway's password now is.
 *
 * @param report the playbook's steps
 * @param passwordFile the 0600 file on this machine holding the gateway's password; {@code null} in
 *     check mode
 * @param passwordChanged whether the file was written (new, or the password changed)
 */
public record NodeSetupReport(SetupReport report, Path passwordFile, boolean passwordChanged) {}

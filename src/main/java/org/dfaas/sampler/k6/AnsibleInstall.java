package org.dfaas.sampler.k6;

/** What to tell a user whose machine has no {@code ansible-playbook}, named once. */
final class AnsibleInstall {

  static final String HINT =
      "install Ansible on this machine (Debian/Ubuntu: 'apt-get install ansible-core'; elsewhere"
          + " 'pipx install ansible-core'), or use k6_executor: ssh, which needs nothing but the"
          + " key";

  private AnsibleInstall() {}
}

package org.medtwin.hospital.auth;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordHasherTest {

  private final PasswordHasher hasher = new PasswordHasher();

  @Test
  void verifiesTheRightPasswordOnly_withOwaspMinimumArgon2idParameters() {
    String hash = hasher.hash("correct horse battery".toCharArray());
    assertThat(hash).startsWith("$argon2id$v=19$m=19456,t=2,p=1$");
    assertThat(hasher.verify("correct horse battery".toCharArray(), hash)).isTrue();
    assertThat(hasher.verify("correct horse batterz".toCharArray(), hash)).isFalse();
  }

  @Test
  void saltsEveryHash() {
    assertThat(hasher.hash("same password".toCharArray()))
        .isNotEqualTo(hasher.hash("same password".toCharArray()));
  }

  @Test
  void verifiesAHashFromTheReferenceImplementation() {
    // argon2 CLI (the PHC reference implementation, Debian package argon2):
    //   echo -n password | argon2 somesalt -id -t 2 -m 16 -p 4 -l 32 -e
    // prints the PHC string below.
    String reference =
        "$argon2id$v=19$m=65536,t=2,p=4$c29tZXNhbHQ$GpZ3sK/oH9p7VIiV56G/64Zo/8GaUw434IimaPqxwCo";
    assertThat(hasher.verify("password".toCharArray(), reference)).isTrue();
    assertThat(hasher.verify("Password".toCharArray(), reference)).isFalse();
  }

  @Test
  void malformedHashesMatchNothing() {
    for (String bad : new String[] {null, "", "$argon2i$v=19$m=8,t=1,p=1$c2FsdHNhbHQ$aGFzaA",
        "$argon2id$v=19$m=x,t=1,p=1$c2FsdHNhbHQ$aGFzaA", "$argon2id$v=19$m=8,t=1,p=1$!!$!!",
        "plain-text-password"}) {
      assertThat(hasher.verify("password".toCharArray(), bad)).as(bad).isFalse();
    }
  }
}

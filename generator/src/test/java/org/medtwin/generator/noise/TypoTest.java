package org.medtwin.generator.noise;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class TypoTest {

  @Test
  void insert_addsTheLetterBeforeThePosition() {
    assertThat(Typo.insert("Smith", 2, 'x')).isEqualTo("Smxith");
  }

  @Test
  void delete_removesTheLetterAtThePosition() {
    assertThat(Typo.delete("Smith", 2)).isEqualTo("Smth");
  }

  @Test
  void substitute_replacesTheLetterAtThePosition() {
    assertThat(Typo.substitute("Smith", 4, 'y')).isEqualTo("Smity");
  }

  @Test
  void transpose_swapsNeighbours() {
    assertThat(Typo.transpose("Smith", 1)).isEqualTo("Simth");
  }

  @Test
  void random_alwaysChangesTheNameByExactlyOneEdit() {
    SplittableRandom random = new SplittableRandom(42);
    for (int i = 0; i < 2_000; i++) {
      String name = i % 2 == 0 ? "Margaret" : "Li";
      String typo = Typo.random(name, random);
      assertThat(typo).isNotEqualTo(name);
      assertThat(damerauDistance(name, typo)).as(name + " -> " + typo).isEqualTo(1);
    }
  }

  @Test
  void random_isReproducibleFromTheSeed() {
    assertThat(Typo.random("Elizabeth", new SplittableRandom(7)))
        .isEqualTo(Typo.random("Elizabeth", new SplittableRandom(7)));
  }

  /** Optimal string alignment distance: insert, delete, substitute, transpose neighbours. */
  private static int damerauDistance(String a, String b) {
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= b.length(); j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
          d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
        }
      }
    }
    return d[a.length()][b.length()];
  }
}

package dev.syllabus.progress;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Account names: 1 to 100 characters, nothing that makes two names look alike, never the local learner's. */
class AccountNameTest {
    @Test
    void aNameOfOneToAHundredCharactersIsAccepted() {
        assertThat(new AccountName("a").value()).isEqualTo("a");
        assertThat(new AccountName("é".repeat(100)).value()).hasSize(100);
    }

    @Test
    void anEmptyNameSaysHowLongANameMayBe() {
        assertThatThrownBy(() -> new AccountName("")).isInstanceOf(AccountRefused.class)
                .hasMessageContaining("1 to 100 characters");
    }

    @Test
    void aLongNameSaysItsLengthAndTheLimit() {
        assertThatThrownBy(() -> new AccountName("x".repeat(101))).hasMessageContaining("has 101 characters: give at most 100");
    }

    @Test
    void spacesAtEitherEndAreRefused() {
        assertThatThrownBy(() -> new AccountName(" ana")).hasMessageContaining("starts or ends with a space");
    }

    @Test
    void controlCharactersAreRefused() {
        assertThatThrownBy(() -> new AccountName("an\na")).hasMessageContaining("control character");
    }

    @Test
    void theLocalLearnersNameIsReserved() {
        assertThatThrownBy(() -> new AccountName("local")).hasMessageContaining("reserved");
    }
}

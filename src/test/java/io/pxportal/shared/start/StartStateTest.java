package io.pxportal.shared.start;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StartStateTest {

    @ParameterizedTest
    @CsvSource({"0, 0, NOT_STARTED", "0, 4, NOT_STARTED", "1, 4, STARTED", "3, 4, STARTED", "4, 4, DONE", "5, 4, DONE"})
    void a_step_is_done_when_all_it_needs_is_there_and_started_when_some_is(long done, long needed, StartState state) {
        assertThat(StartState.of(done, needed)).isEqualTo(state);
    }

    @Test
    void the_path_is_complete_only_when_every_step_is_done() {
        StartStep done = new StartStep(10, "a", "t", "h", StartState.DONE, "r", null);
        StartStep started = new StartStep(20, "b", "t", "h", StartState.STARTED, "r", List.of("x"));

        assertThat(StartPath.complete(List.of(done))).isTrue();
        assertThat(StartPath.complete(List.of(done, started))).isFalse();
    }
}

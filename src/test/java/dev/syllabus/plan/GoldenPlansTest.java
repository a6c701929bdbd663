package dev.syllabus.plan;

import dev.syllabus.content.ContentLoader;
import dev.syllabus.kb.KnowledgeBase;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Plans on the bundled knowledge base, compared with plans a person has read and judged as a teacher would (see
 * src/test/resources/golden/README.md). When content or planner changes alter a plan, read the new plan before
 * accepting it: run with {@code -Dgolden.update=true} to rewrite the files, then review the diff.
 */
class GoldenPlansTest {
    private static final Path GOLDEN = Path.of("src/test/resources/golden");
    private static KnowledgeBase kb;

    @BeforeAll
    static void load() {
        kb = ContentLoader.load(Path.of("content")).kb();
    }

    static Stream<Arguments> requests() {
        return Stream.of(
                Arguments.of("dpo-light", Map.of("goal", List.of("dpo"))),
                Arguments.of("lora-deep-knowing-neural-networks",
                        Map.of("goal", List.of("lora"), "known", List.of("neural-networks"), "depth", List.of("deep"))),
                Arguments.of("self-attention-videos-6h",
                        Map.of("goal", List.of("self-attention"), "prefer", List.of("video"), "budget", List.of("6h"))),
                Arguments.of("lightweight-path-5h-a-week", Map.of("goal", List.of("lightweight-path"),
                        "known", List.of("neural-networks"), "hoursPerWeek", List.of("5"), "start", List.of("2026-12-01"))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("requests")
    void theBundledKnowledgeBaseGivesTheReviewedPlan(String name, Map<String, List<String>> parameters) throws IOException {
        Plan plan = new Planner(PlannerTest.CLOCK).plan(kb, PlanRequestParser.parse(parameters));
        String actual = Format.TEXT.render(plan);
        Path file = GOLDEN.resolve(name + ".txt");
        if (Boolean.getBoolean("golden.update")) {
            Path temporary = Files.createTempFile(GOLDEN, name, ".tmp");
            Files.writeString(temporary, actual, StandardCharsets.UTF_8);
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        }
        assertThat(actual).as("plan %s differs from %s; review it and rerun with -Dgolden.update=true to accept", name, file)
                .isEqualTo(Files.readString(file, StandardCharsets.UTF_8));
    }
}

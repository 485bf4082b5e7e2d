package vn.thidua.platform.internal.audit;

import vn.thidua.platform.audit.AuditAction;
import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The audit chain's check, one case per way an entry can be tampered with: the walk must stop at the right entry
 * with the right reason, and an untouched chain must pass. (The tests that write through the application only ever
 * see intact chains.)
 */
class ChainWalkerTest {

    private static final byte[] KEY = "a-key-of-the-province-32-bytes!!".getBytes(StandardCharsets.UTF_8);

    /** Five entries written as the application writes them; entries from {@code sealedFrom} on with the key. */
    private static List<AuditEntry> chain(int sealedFrom) {
        List<AuditEntry> entries = new ArrayList<>();
        String previous = "0".repeat(64);
        for (int seq = 1; seq <= 5; seq++) {
            AuditEntry entry = new AuditEntry(seq, OffsetDateTime.of(2026, 11, 28, 8, seq, 0, 0, ZoneOffset.UTC),
                    "canbo", "Person", "GV" + seq, "/1/", AuditAction.UPDATE, "{\"rating\":\"HTNV\"}",
                    "{\"rating\":\"HTTNV\"}", previous, seq >= sealedFrom ? KEY : null);
            entries.add(entry);
            previous = entry.getHash();
        }
        return entries;
    }

    private static void set(AuditEntry entry, String field, Object value) {
        try {
            Field f = AuditEntry.class.getDeclaredField(field);
            f.setAccessible(true);
            f.set(entry, value);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }

    private static List<AuditEntry> with(List<AuditEntry> entries, Function<List<AuditEntry>, List<AuditEntry>> change) {
        return change.apply(new ArrayList<>(entries));
    }

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("intact, unkeyed", chain(99), null, 5L, "", null, null),
                Arguments.of("intact, sealed from entry 3", chain(3), KEY, 5L, "", null, null),
                Arguments.of("an after value rewritten", with(chain(99), l -> {
                    set(l.get(2), "afterValue", "{\"rating\":\"HTXSNV\"}");
                    return l;
                }), null, 5L, "", 3L, "does not match its hash"),
                Arguments.of("the actor rewritten in a sealed entry", with(chain(1), l -> {
                    set(l.get(1), "actor", "someone-else");
                    return l;
                }), KEY, 5L, "", 2L, "does not match its seal"),
                Arguments.of("a middle entry deleted", with(chain(99), l -> {
                    l.remove(2);
                    return l;
                }), null, 5L, "", 3L, "entry 3 is missing"),
                Arguments.of("an entry rewritten with its hash recomputed", with(chain(99), l -> {
                    AuditEntry original = l.get(1);
                    l.set(1, new AuditEntry(2, original.getOccurredAt(), "someone-else", "Person", "GV2", "/1/",
                            AuditAction.UPDATE, null, "{}", original.getPrevHash(), null));
                    return l;
                }), null, 5L, "", 3L, "its link to entry 2 does not match"),
                Arguments.of("the last entries deleted and the head left", with(chain(99), l -> l.subList(0, 3)),
                        null, 5L, "", 4L, "ends before the recorded last entry 5"),
                Arguments.of("the last entries deleted and the head moved back", with(chain(99), l -> l.subList(0, 3)),
                        null, 3L, "third", null, null),
                Arguments.of("an unsealed entry after sealed ones", with(chain(2), l -> {
                    AuditEntry sealed = l.get(3);
                    l.set(3, new AuditEntry(4, sealed.getOccurredAt(), "canbo", "Person", "GV4", "/1/",
                            AuditAction.UPDATE, "{\"rating\":\"HTNV\"}", "{\"rating\":\"HTTNV\"}", l.get(2).getHash(),
                            null));
                    return l;
                }), KEY, 5L, "", 4L, "not sealed with the key"),
                Arguments.of("sealed entries and no key configured", chain(1), null, 5L, "", 1L,
                        "THIDUA_AUDIT_KEY is not configured"),
                Arguments.of("a key configured and nothing sealed (rewritten without it)", chain(99), KEY, 5L, "", 1L,
                        "no entry is sealed with it"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void stopsAtTheFirstEntryThatDoesNotHold(String name, List<AuditEntry> entries, byte[] key, long headSeq,
                                             String headAt, Long brokenSeq, String problem) {
        ChainWalker walk = new ChainWalker(key);
        boolean held = entries.stream().allMatch(walk::accept);
        // The head as recorded: the last entry written, or (the "moved back" case) the entry the walk ended on.
        String headHash = "third".equals(headAt) ? entries.get(entries.size() - 1).getHash()
                : chainHashAt(entries, headSeq);
        if (held) {
            held = walk.finish(headSeq, headHash);
        }
        if (brokenSeq == null) {
            assertThat(held).as(walk.problem() == null ? name : walk.problem()).isTrue();
        } else {
            assertThat(held).as(name).isFalse();
            assertThat(walk.brokenSeq()).as(name).isEqualTo(brokenSeq);
            assertThat(walk.problem()).as(name).contains(problem);
        }
    }

    /** The hash the head recorded for entry {@code seq} when it was written (before any tampering). */
    private static String chainHashAt(List<AuditEntry> entries, long seq) {
        return entries.stream().filter(e -> e.getSeq() == seq).map(AuditEntry::getHash).findFirst()
                .orElse("f".repeat(64));
    }
}

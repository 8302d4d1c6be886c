package io.pxportal.governance;

import io.pxportal.shared.agenda.AgendaItem;
import io.pxportal.shared.agenda.AgendaScope;
import io.pxportal.shared.agenda.AgendaSource;
import io.pxportal.shared.security.CurrentUser;
import io.pxportal.shared.security.Role;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What of a review's agenda the current user sees: each section through its module's own read rule
 * ({@link AgendaSource#readable}), so that a review shows nobody figures the module's lists and exports would
 * not. The one exception is the committee record: the agenda of a closed review is shown in full to those
 * recorded as its attendees, because it is what they were shown when they decided. The review page and the
 * steering pack both read an agenda through here.
 */
final class AgendaReadRule {

    private final Map<String, AgendaSource> sources;

    AgendaReadRule(List<AgendaSource> sources) {
        this.sources = sources.stream()
                .collect(Collectors.toMap(AgendaSource::section, Function.identity(), (first, second) -> first));
    }

    /** The agenda of a review of {@code platformIds} as the current user may see it. */
    Agenda forViewer(Agenda agenda, Set<Long> platformIds, Set<String> attendees) {
        if (agenda.frozen() && CurrentUser.username().map(attendees::contains).orElse(false)) {
            return agenda;
        }
        AgendaScope scope = new AgendaScope(platformIds, agenda.asOf(), agenda.until());
        return new Agenda(
                agenda.frozen(),
                agenda.asOf(),
                agenda.until(),
                agenda.sections().stream()
                        .map(s -> new AgendaSection(s.section(), readable(s, scope, agenda.frozen())))
                        .toList());
    }

    private List<AgendaItem> readable(AgendaSection section, AgendaScope scope, boolean frozen) {
        AgendaSource source = sources.get(section.section());
        if (source != null) {
            return source.readable(section.items(), scope, frozen);
        }
        // A frozen section whose module no longer contributes has no rule left to ask: only those who read
        // everything see it.
        return CurrentUser.hasRole(Role.ADMIN)
                        || CurrentUser.hasRole(Role.STEERING)
                        || CurrentUser.hasRole(Role.AUDITOR)
                ? section.items()
                : List.of();
    }
}

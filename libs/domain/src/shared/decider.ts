/**
 * The decider pattern: a stream's behaviour as three pure pieces.
 * - `decide` turns a command into the events it causes, given the state folded so far and a
 *   context of inputs the domain may not read itself (today's date, rules). It throws a
 *   DomainError when the command is refused and never performs I/O.
 * - `evolve` applies one recorded event to the state. It is total: it never throws, because
 *   recorded events are facts. `Recorded` is the event as stored (with its id and version), which
 *   may carry more than the bare event `decide` returns.
 * - `initialState` is the state of an empty stream.
 */
export interface Decider<Command, Event, State, Context = void, Recorded = Event> {
  decide: (command: Command, state: State, context: Context) => Event[];
  evolve: (state: State, recorded: Recorded) => State;
  initialState: () => State;
}

/** Folds a stream's recorded events into a state with a decider's `evolve`, starting from `initialState`. */
export const foldEvents = <State, Recorded>(
  decider: { evolve: (state: State, recorded: Recorded) => State; initialState: () => State },
  events: readonly Recorded[],
): State => events.reduce(decider.evolve, decider.initialState());

import { useState, type ChangeEvent } from "react";
import { useDebouncedCallback } from "./useDebouncedCallback";

/**
 * `props` for a text input whose committed value lives elsewhere (the URL): while focused it shows
 * what the user types and commits it `delayMs` after the last keystroke (or on blur); while not
 * focused it shows the committed value, so outside changes (back button, "clear") show up.
 */
export function useDebouncedField(committed: string, onCommit: (value: string) => void, delayMs = 250) {
  const [draft, setDraft] = useState<string | null>(null);
  const commit = useDebouncedCallback(onCommit, delayMs);
  return {
    props: {
      value: draft ?? committed,
      onFocus: () => setDraft(committed),
      onChange: (event: ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) => {
        setDraft(event.target.value);
        commit.run(event.target.value);
      },
      onBlur: () => {
        commit.flush();
        setDraft(null);
      },
    },
    /** Commits what was typed now (Enter). */
    flush: commit.flush,
  };
}

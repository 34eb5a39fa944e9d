import { KeyboardCode, type KeyboardCoordinateGetter } from "@dnd-kit/core";

/**
 * Where each keyboard drag was last sent (the centre x of its column). dnd-kit measures the dragged card
 * only when React renders a move, so a key pressed before that render would start from the old place;
 * keyed by the drag's `active` object, which dnd-kit makes anew for every drag.
 */
const lastCentreOfDrag = new WeakMap<object, number>();

/**
 * Keyboard drag between columns: Left and Right jump to the next column that takes the card (columns it
 * cannot move to are disabled, so not listed), keeping the card's height; Space or Enter drops, Escape
 * cancels. Steps go by position, not by the column the card is "over": at pick-up the card is over no
 * column (its own is disabled) or over a neighbour it overlaps.
 */
export const columnKeyboardCoordinates: KeyboardCoordinateGetter = (
  event,
  { context, currentCoordinates },
) => {
  const direction = event.code === KeyboardCode.Right ? 1 : event.code === KeyboardCode.Left ? -1 : 0;
  if (direction === 0) return undefined;
  event.preventDefault();
  const { active, collisionRect, droppableRects } = context;
  if (!collisionRect || !active) return undefined;
  const from = lastCentreOfDrag.get(active) ?? collisionRect.left + collisionRect.width / 2;
  const centres = [...droppableRects.values()]
    .map((rect) => ({ rect, centre: rect.left + rect.width / 2 }))
    .filter(({ centre }) => (centre - from) * direction > 1)
    .sort((a, b) => (a.centre - b.centre) * direction);
  const target = centres[0];
  if (!target) return undefined;
  lastCentreOfDrag.set(active, target.centre);
  // x is where the card's left edge must be for it to sit centred in the target column.
  return { x: target.centre - collisionRect.width / 2, y: currentCoordinates.y };
};

import { KeyboardCode, type KeyboardCoordinateGetter } from "@dnd-kit/core";

/**
 * Keyboard drag between columns: Left and Right jump to the neighbouring column (rather than nudging
 * 25 px at a time), keeping the card's height; Space or Enter drops, Escape cancels.
 */
export const columnKeyboardCoordinates: KeyboardCoordinateGetter = (
  event,
  { context, currentCoordinates },
) => {
  const direction = event.code === KeyboardCode.Right ? 1 : event.code === KeyboardCode.Left ? -1 : 0;
  if (direction === 0) return undefined;
  event.preventDefault();
  const { collisionRect, droppableRects, over } = context;
  if (!collisionRect) return undefined;
  const columns = [...droppableRects.entries()].sort(([, a], [, b]) => a.left - b.left);
  const centre = collisionRect.left + collisionRect.width / 2;
  const current = over
    ? columns.findIndex(([id]) => id === over.id)
    : columns.findIndex(([, rect]) => centre >= rect.left && centre <= rect.left + rect.width);
  const target = columns[current + direction];
  if (!target) return currentCoordinates;
  const [, rect] = target;
  return { x: rect.left + (rect.width - collisionRect.width) / 2, y: currentCoordinates.y };
};

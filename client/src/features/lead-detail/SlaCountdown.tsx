import { slaCountdown } from "@leadline/shared";
import TimerOutlinedIcon from "@mui/icons-material/TimerOutlined";
import Chip from "@mui/material/Chip";
import { useEffect, useState } from "react";

/** Under this much time left the countdown turns amber. */
const WARN_MS = 15 * 60_000;

/**
 * Time left to first contact, ticking each second; "breached by ..." once the deadline passed. Shows
 * nothing without a deadline or once the lead was contacted.
 */
export function SlaCountdown({
  slaDueAt,
  firstContactedAt,
}: {
  slaDueAt: string | null;
  firstContactedAt: string | null;
}) {
  const [now, setNow] = useState(() => new Date());
  const running = !!slaDueAt && !firstContactedAt;
  useEffect(() => {
    if (!running) return;
    const timer = setInterval(() => setNow(new Date()), 1000);
    return () => clearInterval(timer);
  }, [running]);
  const countdown = slaCountdown(slaDueAt, firstContactedAt, now);
  if (!countdown) return null;
  const color = countdown.state === "BREACHED" ? "error" : countdown.ms < WARN_MS ? "warning" : "default";
  return (
    <Chip
      icon={<TimerOutlinedIcon />}
      color={color}
      variant={countdown.state === "BREACHED" ? "filled" : "outlined"}
      label={`First contact: ${countdown.text}`}
      role="timer"
      aria-label={`First-contact deadline: ${countdown.text}`}
      title={`Due ${new Date(slaDueAt!).toLocaleString()}`}
      sx={{ alignSelf: "flex-start" }}
    />
  );
}

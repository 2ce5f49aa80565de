"""Text contrast of a control as the browser draws it: its computed text colour over the
composite of every background behind it (alpha and opacity included), per WCAG 2.x."""

from __future__ import annotations

# Returns {ratio, fg, bg, text} for the element passed in. Backgrounds are composited from the
# root down (the canvas is white until an opaque background covers it); an element's opacity
# blends it with what lies behind it.
CONTRAST_JS = r"""el => {
  const parse = c => {
    const m = c.match(/rgba?\(([^)]+)\)/);
    if (!m) return [0, 0, 0, 0];
    const p = m[1].split(/[\s,\/]+/).filter(Boolean).map(Number);
    return [p[0], p[1], p[2], p.length > 3 ? p[3] : 1];
  };
  const over = (top, under) => {
    const a = top[3] + under[3] * (1 - top[3]);
    if (a === 0) return [0, 0, 0, 0];
    const mix = i => (top[i] * top[3] + under[i] * under[3] * (1 - top[3])) / a;
    return [mix(0), mix(1), mix(2), a];
  };
  const chain = [];
  for (let e = el; e; e = e.parentElement) chain.unshift(e);
  let bg = [255, 255, 255, 1];
  let behind = bg;
  for (const e of chain) {
    const s = getComputedStyle(e);
    const own = parse(s.backgroundColor);
    const opacity = Number(s.opacity);
    behind = bg;
    bg = over(own, bg);
    if (opacity < 1) bg = over([...bg.slice(0, 3), opacity], behind);
  }
  const s = getComputedStyle(el);
  let fg = parse(s.color);
  let opacity = 1;
  for (const e of chain) opacity *= Number(getComputedStyle(e).opacity);
  fg = over([fg[0], fg[1], fg[2], fg[3] * opacity], bg);
  const lum = c => {
    const [r, g, b] = c.slice(0, 3).map(v => {
      v /= 255;
      return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  const [l1, l2] = [lum(fg), lum(bg)].sort((a, b) => b - a);
  const hex = c => "#" + c.slice(0, 3)
    .map(v => Math.round(v).toString(16).padStart(2, "0")).join("");
  const text = (el.getAttribute("aria-label") || el.textContent || el.value || "")
    .trim().slice(0, 40);
  return { ratio: (l1 + 0.05) / (l2 + 0.05), fg: hex(fg), bg: hex(bg), text };
}"""

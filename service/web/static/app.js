// 鉴证 pages: decisions on findings, the pre-check upload with its progress bar, status polling.
// Plain JavaScript, no build step. The token travels in an HttpOnly cookie set by /login.
"use strict";

async function postJSON(url, body) {
  const response = await fetch(url, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify(body),
    credentials: "same-origin",
  });
  const data = await response.json().catch(() => ({}));
  if (!response.ok) throw new Error(data.detail || response.statusText);
  return data;
}

function setUpDecisions() {
  document.querySelectorAll("[data-finding-id]").forEach((card) => {
    card.querySelectorAll("button[data-decision]").forEach((button) => {
      button.addEventListener("click", async () => {
        const label = card.querySelector("[data-role=decision]");
        try {
          const d = await postJSON(`/findings/${card.dataset.findingId}/decision`, {
            decision: button.dataset.decision,
          });
          label.textContent = `${d.decision === "accept" ? "已确认" : "已驳回"}（${d.who}，${d.at.slice(0, 16).replace("T", " ")}）`;
          card.classList.toggle("dismissed", d.decision === "dismiss");
        } catch (error) {
          label.textContent = `保存失败：${error.message}`;
        }
      });
    });
  });
}

function setUpEvidenceImages() {
  // Page images load only when a reviewer opens the evidence.
  document.querySelectorAll("details.evidence").forEach((details) => {
    details.addEventListener("toggle", () => {
      const img = details.querySelector("img[data-src]");
      if (details.open && img && !img.src) img.src = img.dataset.src;
    });
  });
}

function sleep(ms) {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

function setUpUploadForm(form) {
  // An upload form: post the files, follow the job's progress, then open its result page.
  const bar = form.querySelector("progress");
  const text = form.querySelector("[data-role=progress-text]");
  const error = form.querySelector("[data-role=error]");
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    const data = new FormData();
    for (const input of form.querySelectorAll("input[type=file]")) {
      for (const file of input.files) data.append(input.name, file);
    }
    error.hidden = true;
    form.querySelector(".progress").hidden = false;
    try {
      const response = await fetch(form.dataset.endpoint, { method: "POST", body: data, credentials: "same-origin" });
      const created = await response.json();
      if (!response.ok) throw new Error(created.detail || response.statusText);
      for (;;) {
        const poll = await fetch(form.dataset.status + created.id, { credentials: "same-origin" });
        const state = await poll.json();
        if (!poll.ok) throw new Error(state.detail || poll.statusText);
        bar.value = state.progress;
        text.textContent = `已检查 ${Math.round(state.progress * 100)}%`;
        if (["done", "failed", "withdrawn"].includes(state.status)) break;
        await sleep(700);
      }
      window.location.href = form.dataset.result + created.id;
    } catch (e) {
      error.textContent = `上传失败：${e.message}`;
      error.hidden = false;
    }
  });
}

function setUpPolling() {
  const waiting = document.querySelector("[data-poll]");
  if (!waiting) return;
  (async () => {
    for (;;) {
      await sleep(1000);
      const response = await fetch(waiting.dataset.poll, { credentials: "same-origin" });
      if (!response.ok) return;
      const state = await response.json();
      if (["done", "failed", "withdrawn"].includes(state.status)) {
        window.location.reload();
        return;
      }
    }
  })();
}

document.addEventListener("DOMContentLoaded", () => {
  setUpDecisions();
  setUpEvidenceImages();
  document.querySelectorAll("form[data-endpoint]").forEach(setUpUploadForm);
  setUpPolling();
});

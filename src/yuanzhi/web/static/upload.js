// Drag-and-drop upload with XHR progress and a result line per file.
(function () {
  "use strict";
  var IMAGE = /\.(png|jpe?g|tiff?|bmp|webp)$/i;

  function li(text) {
    var item = document.createElement("li");
    var name = document.createElement("div");
    name.textContent = text;
    var bar = document.createElement("progress");
    bar.max = 100; bar.value = 0;
    var status = document.createElement("div");
    status.className = "status muted";
    status.textContent = "等待上传…";
    item.appendChild(name); item.appendChild(bar); item.appendChild(status);
    document.getElementById("progress").appendChild(item);
    return { bar: bar, status: status };
  }

  function describe(result) {
    if (!result.ok) return "失败：" + result.error;
    var word = { added: "已导入", unchanged: "内容未变，跳过", replaced: "已替换旧版本" }[result.status] || result.status;
    var text = word + " · " + result.articles + " 篇文章";
    if (result.warnings && result.warnings.length) text += " · 提示 " + result.warnings.length + " 条";
    return text;
  }

  function send(files, token, date) {
    var label = files.map(function (f) { return f.name; }).join("、");
    var ui = li(label);
    var form = new FormData();
    files.forEach(function (f) { form.append("files", f, f.name); });
    if (date) form.append("date", date);
    var xhr = new XMLHttpRequest();
    xhr.open("POST", "/api/upload");
    xhr.setRequestHeader("X-Admin-Token", token);
    xhr.upload.onprogress = function (e) {
      if (e.lengthComputable) { ui.bar.value = Math.round(100 * e.loaded / e.total); ui.status.textContent = "上传中 " + ui.bar.value + "%"; }
    };
    xhr.upload.onload = function () { ui.bar.value = 100; ui.status.textContent = "已上传，正在解析导入…"; };
    return new Promise(function (resolve) {
      xhr.onload = function () {
        var body = null;
        try { body = JSON.parse(xhr.responseText); } catch (e) { body = null; }
        if (xhr.status === 200 && body && body.results) {
          ui.status.className = "status";
          body.results.forEach(function (r) {
            var line = document.createElement("div");
            line.className = r.ok ? "ok" : "fail";
            line.textContent = (body.results.length > 1 ? r.file + "：" : "") + describe(r);
            if (r.ok && r.issue_id) {
              var a = document.createElement("a");
              a.href = "/issues/" + encodeURIComponent(r.issue_id);
              a.textContent = " 查看";
              line.appendChild(a);
            }
            ui.status.replaceWith(line);
            ui.status = line;
          });
        } else {
          ui.status.className = "status fail";
          ui.status.textContent = "失败（" + xhr.status + "）：" + (body && body.error ? body.error.message : xhr.statusText);
        }
        resolve();
      };
      xhr.onerror = function () { ui.status.className = "status fail"; ui.status.textContent = "网络错误"; resolve(); };
      xhr.send(form);
    });
  }

  function batches(files) {
    // page images go together (one issue); every other file is its own request
    var images = files.filter(function (f) { return IMAGE.test(f.name); });
    var others = files.filter(function (f) { return !IMAGE.test(f.name); });
    var out = others.map(function (f) { return [f]; });
    if (images.length) out.push(images);
    return out;
  }

  async function upload(files) {
    var token = document.getElementById("token").value;
    var date = document.getElementById("date").value;
    if (!token) { document.getElementById("token").focus(); document.getElementById("token").reportValidity(); return; }
    var list = batches(Array.prototype.slice.call(files));
    for (var i = 0; i < list.length; i++) { await send(list[i], token, date); }
  }

  document.addEventListener("DOMContentLoaded", function () {
    var form = document.getElementById("upload-form");
    var drop = document.getElementById("drop");
    var input = document.getElementById("files");
    ["dragenter", "dragover"].forEach(function (t) { drop.addEventListener(t, function (e) { e.preventDefault(); drop.classList.add("over"); }); });
    ["dragleave", "drop"].forEach(function (t) { drop.addEventListener(t, function (e) { e.preventDefault(); drop.classList.remove("over"); }); });
    drop.addEventListener("drop", function (e) { if (e.dataTransfer && e.dataTransfer.files.length) upload(e.dataTransfer.files); });
    form.addEventListener("submit", function (e) { e.preventDefault(); if (input.files.length) upload(input.files); });
  });
})();

#!/usr/bin/env python3
"""Writes the ingest fixtures beside this script (texts written for the tests, not copied from any corpus).

Run: python3 make_fixtures.py   (from any folder; the files are committed, rerun only to change them)
"""
import os

HERE = os.path.dirname(os.path.abspath(__file__))

ARTICLE = """您所在位置：首页 >> 新闻中心 >> 本市要闻

晋阳湖数字经济论坛开幕 签约项目四十个
——写在2024晋阳湖数字经济论坛召开之际

发布时间：2024年6月25日 10:30 | 来源：太原市人民政府 | 浏览次数：321
分享到：

6月24日，2024晋阳湖数字经济论坛在太原开幕。副市长李明远出席开幕式并致辞。

李明远表示，太原将持续优化营商环境，推动数字经济和实体经济深度融合。

（记者 王小青）

【打印】【关闭】
责任编辑：赵一
"""

HTML = """<!DOCTYPE html>
<html><head>
<meta http-equiv="Content-Type" content="text/html; charset={charset}">
<title>合肥举办新能源汽车产业大会 - 合肥市人民政府</title>
<script>var x = "<p>not text</p>";</script>
<style>p {{ color: red; }}</style>
</head><body>
<div class="header"><ul class="nav"><li><a href="/">首页</a></li><li><a href="/a">政务公开</a></li></ul></div>
<div class="breadcrumb">当前位置：<a href="/">首页</a> &gt; 合肥要闻</div>
<div class="main">
<div class="sidebar"><h3>热点专题</h3><ul><li><a href="/1">专题一</a></li><li><a href="/2">专题二</a></li></ul></div>
<div class="article">
<h1>合肥：&ldquo;链&rdquo;上发力 打造新能源汽车之都</h1>
<div class="info">时间：2024-09-24&nbsp;10:06&nbsp;&nbsp;来源：合肥市人民政府</div>
<div class="content">
<p>　　9月23日，2024合肥新能源汽车产业发展大会举行。大会发布了产业发展年度报告，现场签约项目28个。</p>
<p>　　副市长罗建中出席大会并致辞。他指出，新能源汽车是合肥的&ldquo;首位产业&rdquo;，R&amp;D投入逐年增长。<br>下一步将加快建链补链。</p>
</div>
<div class="share">分享到：<a href="#">微信</a> <a href="#">微博</a></div>
</div>
</div>
<div id="footer"><p>主办单位：合肥市人民政府办公室</p><p>皖ICP备00000000号</p></div>
</body></html>
"""


def write(name, data):
    with open(os.path.join(HERE, name), "wb") as f:
        f.write(data)


def main():
    write("utf8-article.txt", ARTICLE.encode("utf-8"))
    write("gbk-article.txt", ARTICLE.encode("gbk"))
    write("bom-utf8-article.txt", b"\xef\xbb\xbf" + ARTICLE.encode("utf-8"))
    write("bom-utf16-article.txt", b"\xff\xfe" + ARTICLE.encode("utf-16-le"))
    write("utf8-page.html", HTML.format(charset="utf-8").encode("utf-8"))
    write("gbk-page.html", HTML.format(charset="gb2312").encode("gbk"))
    # Declared GBK, but the bytes are UTF-8: the declaration fails strict decoding only if bytes are invalid GBK,
    # so this copy is kept to show the page still reads without crashing.
    write("mislabelled-page.html", HTML.format(charset="gbk").encode("utf-8"))
    page = HTML.format(charset="utf-8").encode("utf-8")
    write("truncated-page.html", page[: len(page) * 2 // 3])
    write("broken-page.html", b"<html><body><div><p>\xe6\x9c\xaa\xe9\x97\xad\xe5\x90\x88\xe7\x9a\x84\xe6\xae\xb5\xe8\x90\xbd<table><tr><td>"
          + "单元格<b>加粗<i>斜体</p></div></b>&amp&lt;&#x4e2d;&#25991;<!-- 未结束的注释".encode("utf-8"))
    write("binary.txt", bytes(range(256)) * 4)
    write("empty.txt", b"")
    write("blank.txt", " \n\t\r\n\u3000\n".encode("utf-8"))
    write("undecodable.txt", b"\x81\x8d\x8f\x90\x9d\x81\x8d\x8f\x90\x9d\x80\xff\x80\xff" * 8)
    write("truncated-gbk-article.txt", ARTICLE.encode("gbk")[:-1] + b"\xd6")


if __name__ == "__main__":
    main()

filedesc://1262850551027_8.arc.gz 0.0.0.0 20100106234911 text/plain 73
1 0 CommonCrawl
URL IP-address Archive-date Content-type Archive-length

http://www.coursehero.com/prefix/32/documents/14501/ 174.143.218.177 20091121004501 text/html 322878
HTTP/1.1 200 OK
Date:Sat, 21 Nov 2009 08:44:59 GMT
Server:Apache/2.2.3 (Red Hat)
X-Powered-By:PHP/5.1.6
Expires:Thu, 19 Nov 1981 08:52:00 GMT
Cache-Control:no-store, no-cache, must-revalidate, post-check=0, pre-check=0
Pragma:no-cache
Set-Cookie:sitemap=1; expires=Mon, 21-Dec-2009 08:44:59 GMT; path=/
Vary:Accept-Encoding
Content-Encoding:gzip
Connection:close
Transfer-Encoding:chunked
Content-Type:text/html; charset=UTF-8
x_commoncrawl_OriginalURL:http://www.coursehero.com/prefix/32/documents/14501/
x_commoncrawl_URLFP:8963809067642426529
x_commoncrawl_HostFP:-1952003105
x_commoncrawl_FetchTimestamp:1258793101146



<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01//EN" "http://www.w3.org/TR/html4/strict.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" xmlns:fb="http://www.facebook.com/2008/fbml">
<head>

<base href="http://www.coursehero.com/"><meta http-equiv="Content-Type" content="text/html;charset=utf-8" >

<link href="/css/style.css" rel="stylesheet" type="text/css">
<link href="/css/rating.css" rel="stylesheet" type="text/css">
<link href="/css/facebox.css" rel="stylesheet" type="text/css">
<script src="/javascript/jquery.js" type="text/javascript"></script>


<!--[if lt IE 7]> 
<script language="JavaScript"> 
function correctPNG() // correctly handle PNG transparency in Win IE 5.5 & 6. 
{ 
var arVersion = navigator.appVersion.split("MSIE") 
var version = parseFloat(arVersion[1]) 
if ((version >= 5.5) && (document.body.filters)) 
{ 
for(var i=0; i<document.images.length; i++) 
{ 
var img = document.images[i] 
var imgName = img.src.toUpperCase() 
if (imgName.substring(imgName.length-3, imgName.length) == "PNG") 
{ 
var imgID = (img.id) ? "id='" + img.id + "' " : "" 
var imgClass = (img.className) ? "class='" + img.className + "' " : "" 
var imgTitle = (img.title) ? "title='" + img.title + "' " : "title='" + img.alt + "' " 
var imgStyle = "display:inline-block;" + img.style.cssText 
if (img.align == "left") imgStyle = "float:left;" + imgStyle 
if (img.align == "right") imgStyle = "float:right;" + imgStyle 
if (img.parentElement.href) imgStyle = "cursor:hand;" + imgStyle 
var strNewHTML = "<span " + imgID + imgClass + imgTitle 
+ " style=\"" + "width:" + img.width + "px; height:" + img.height + "px;" + imgStyle + ";" 
+ "filter:progid:DXImageTransform.Microsoft.AlphaImageLoader" 
+ "(src=\'" + img.src + "\');\"></span>" //COMMENTED OUT DUE TO WEIRD SCALING ISSUES ", sizingMethod='scale'" - ADD the stuff in quotes in right before the last )
img.outerHTML = strNewHTML 
i = i-1 
} 
} 
} 
} 
window.attachEvent("onload", correctPNG); 
</script> 
<![endif]-->

<script type="text/javascript">
var IE6 = false;
var IE = false;
</script>
<!-- --------IE HACKS-------- -->
<!--[if IE 6]>
<script type="text/javascript">
IE6 = true;
</script>
<![endif]-->
<!--[if IE]>
<script type="text/javascript">
IE = true;
</script>
<style type="text/css">

#search{
top:-1px;
}

</style>
<![endif]-->
<script src="/javascript/AC_OETags.js" type="text/javascript"></script>
<script src="/javascript/cleartext.js" type="text/javascript"></script>
<script src="/javascript/header.js" type="text/javascript"></script>
<script src="/javascript/floating-window.js" type="text/javascript"></script>


<link rel="shortcut icon" href="/favicon.ico" type="image/x-icon" />
<title>Course Solutions And Notes - chem4591sylb 32</title>
<body class="dash">
    <div id="main">
<script src="http://static.ak.connect.facebook.com/js/api_lib/v0.4/FeatureLoader.js.php" type="text/javascript"></script>
                <div id="header" class="dash-hd">
            <div class="small"><a href="/" title="Course Hero: the social learning network" style="outline-style:none;">Course Hero</a></div>
                                            <div class="info">
                    <p> Login/Click Below </p>
                                        <fb:login-button onlogin="location.href = 'http://www.coursehero.com/loginRedirect.php'"></fb:login-button>
                    <script type="text/javascript">
                    FB.init("673bc1e340fed7d27e0229e1c716765e", "/xd_receiver.htm"); 
                    </script>
                </div>
                                        <div><script type="text/javascript" src="/javascript/btn.js"></script>
<script type="text/javascript" src="/javascript/positionPopup.js"></script>
<script src="/javascript/writeerrorreport.js" type="text/javascript"></script>
<a id="reportError" style="text-decoration:none; cursor:pointer;display:none">Feedback</a></div>
        </div>
        <div id="menu">
                                            <ul>
                    <li><a href="/" msg="Joining the Course hero learning network!" id="menuOverviewLink" style="color:#b5a379">Colleges</a></li>
                        <li class="subjects submenu">
                          <span>Subjects</span>
                          <div>
                          <ul style="position:absolute">
                            <li><a href="/subjects/27-MATHEMATICS/">Math</a></li>
                            <li><a href="/subjects/32-PHYSICS/">Physics</a></li>
                            <li><a href="/subjects/8-CHEMISTRY/">Chemistry</a></li>
                            <li><a href="/subjects/21-HISTORY/">History</a></li>
                            <li><a href="/subjects/39-STATISTICS/">Statistics</a></li>
                            <li><a href="/subjects/5-BIOLOGY/">Biology</a></li>
                            <li><a href="/subjects/16-ENGINEER/">Engineering</a></li>
                            <li><a href="/subjects/13-ECONOMICS/">Economics</a></li>
                            <li><a href="/subjects/12-CS/">Computer Science</a></li>
                            <li><a href="/subjects/14-EDUCATION/">Education</a></li>
                            <li><a href="/subjects/35-PSYCHOLOGY/">Psychology</a></li>
                            <li><a href="/subjects/22-LAW/">Law</a></li>
                            <li><a href="/subjects/31-PHILOSOPHY/">Philosophy</a></li>
                            <li><a href="/subjects/17-ENGLISH/">English</a></li>
                            <li class="last"><a href="/subjects/">View All</a></li>
                          </ul>
                          </div>
                        </li>
                        <li class="study_materials submenu">
                          <span>Study Materials</span>
                          <div>
                          <ul style="position:absolute">
                            <li><a href="/study-materials/essay/">Essay</a></li>
                            <li><a href="/study-materials/exam/">Exam</a></li>
                            <li><a href="/study-materials/lab/">Lab</a></li>
                            <li><a href="/study-materials/lecture/">Lecture</a></li>
                            <li><a href="/study-materials/problems-and-solutions/">Problems and Solutions</a></li>
                            <li><a href="/study-materials/study-guide/">Study Guide</a></li>
                            <li class="last"><a href="/study-materials/syllabus/">Syllabus</a></li>
                          </ul>
                          </div>
                        </li>
                    <li><a href="/textbooks/" msg="Ah ha, get textbook help!" id="menuTextbookLink">Textbooks</a></li>
                    <li><a href="/educators.php">For Educators</a></li>
                </ul>
                <script type="text/javascript">
                  var __outside = true;
                </script>
                                                </div>
                <div id="content" class="home-bd" >
<script type="text/javascript">
  var __basic = true;
</script>     
<div id="free-icon" style="position:absolute;right:-40px;top:-19px;">
    <img title="Joining our basic membership is completely free." src="/img/free.gif" />
</div>

<style type="text/css" media="screen">
  
    .info-label{
      background: #ccc;
      padding:3px 10px 3px 13px;
      border-bottom:1px #666 solid;
      border-right:1px #666 solid;
    }
    .info-desc{
      padding:3px 10px 3px 13px;
      border-bottom:1px #666 solid;
    }
    .divider{
      background: url(../img/module-bd-bg.jpg) repeat-x top left;
      border-bottom:1px dotted #666;
      border-top:1px dotted #666;
      padding:5px;
      margin-top:160px;
      margin-bottom:60px;
      font-weight:bold;
      text-align:center;
    }
    .signup{
      background: url(../img/signup-btn.jpg) no-repeat top left;
      width:220px;
      height:83px;
      border:0;
      cursor:pointer;
    }
  
</style>
<script src="javascript/jquery.select.js" type="text/javascript"></script>
<script type="text/javascript">
  var st = "";
  var dc = "";
</script>
<script type="text/javascript">
  
    var header = "You searched for <span class='search-term'>" + st + "</span>";
    var subHeader = "There are " + dc + " document matches for <br/><span class='search-term'>" + st + "</span> in the Course Hero Portal";
    function stShow(c){
      switch (c){
        case "header":
          document.write((st != "") ? header : "Course Hero - We put you ahead of the curve!");
          break;
        case "subHeader":
          document.write((st != "") ? subHeader : "");
          break;
        }
    }
    (function($){
        $(function(){
            var _login = $("#loginLink");
            $(".nselect").disableTextSelect();
            $(".signup").click(function(){
                var _win = window.open(_login.attr("href"),"login","height=450,width=600");
                (_win) ? _win.focus() : "";
                return false;
            });
        });
    }(jQuery));
  
</script>



<div id='second'>
<div id="text_preview" style="height:200px;overflow-y:auto">
        <div class="module">
        <h4>Course Solutions And Notes - chem4591sylb 32</h4>
        <div class="bd">
            <table width="100%">
                            <div>Displaying 14501-15000 of 23055 documents:</div>
                <div> <a href="/prefix/32/documents/15001/">next</a> page of documents </div>
                <div>  <a href="/prefix/32/documents/1/">[1-500]</a>  <a href="/prefix/32/documents/501/">[501-1000]</a>  <a href="/prefix/32/documents/1001/">[1001-1500]</a>  <a href="/prefix/32/documents/1501/">[1501-2000]</a>  <a href="/prefix/32/documents/2001/">[2001-2500]</a>  <a href="/prefix/32/documents/2501/">[2501-3000]</a>  <a href="/prefix/32/documents/3001/">[3001-3500]</a>  <a href="/prefix/32/documents/3501/">[3501-4000]</a>  <a href="/prefix/32/documents/4001/">[4001-4500]</a>  <a href="/prefix/32/documents/4501/">[4501-5000]</a>  <a href="/prefix/32/documents/5001/">[5001-5500]</a>  <a href="/prefix/32/documents/5501/">[5501-6000]</a>  <a href="/prefix/32/documents/6001/">[6001-6500]</a>  <a href="/prefix/32/documents/6501/">[6501-7000]</a>  <a href="/prefix/32/documents/7001/">[7001-7500]</a>  <a href="/prefix/32/documents/7501/">[7501-8000]</a>  <a href="/prefix/32/documents/8001/">[8001-8500]</a>  <a href="/prefix/32/documents/8501/">[8501-9000]</a>  <a href="/prefix/32/documents/9001/">[9001-9500]</a>  <a href="/prefix/32/documents/9501/">[9501-10000]</a>  <a href="/prefix/32/documents/10001/">[10001-10500]</a>  <a href="/prefix/32/documents/10501/">[10501-11000]</a>  <a href="/prefix/32/documents/11001/">[11001-11500]</a>  <a href="/prefix/32/documents/11501/">[11501-12000]</a>  <a href="/prefix/32/documents/12001/">[12001-12500]</a>  <a href="/prefix/32/documents/12501/">[12501-13000]</a>  <a href="/prefix/32/documents/13001/">[13001-13500]</a>  <a href="/prefix/32/documents/13501/">[13501-14000]</a>  <a href="/prefix/32/documents/14001/">[14001-14500]</a> [14501-15000] <a href="/prefix/32/documents/15001/">[15001-15500]</a>  <a href="/prefix/32/documents/15501/">[15501-16000]</a>  <a href="/prefix/32/documents/16001/">[16001-16500]</a>  <a href="/prefix/32/documents/16501/">[16501-17000]</a>  <a href="/prefix/32/documents/17001/">[17001-17500]</a>  <a href="/prefix/32/documents/17501/">[17501-18000]</a>  <a href="/prefix/32/documents/18001/">[18001-18500]</a>  <a href="/prefix/32/documents/18501/">[18501-19000]</a>  <a href="/prefix/32/documents/19001/">[19001-19500]</a>  <a href="/prefix/32/documents/19501/">[19501-20000]</a>  <a href="/prefix/32/documents/20001/">[20001-20500]</a>  <a href="/prefix/32/documents/20501/">[20501-21000]</a>  <a href="/prefix/32/documents/21001/">[21001-21500]</a>  <a href="/prefix/32/documents/21501/">[21501-22000]</a>  <a href="/prefix/32/documents/22001/">[22001-22500]</a>  <a href="/prefix/32/documents/22501/">[22501-23000]</a>  <a href="/prefix/32/documents/23001/">[23001-23055]</a>  </div><br />
                                                    <tr><td><b><a href="/file/3582487/00000056/">00000056.pdf</a></b><br /><b>Path:</b> Carnegie Mellon >> TERA >> 31011307 Fall, 2009<br /><div><b>Description:</b> ...</div><b>Date Added:</b> 2009-06-03 09:39:45<br /><br /></td></tr>
                            <tr><td><b><a href="/file/3582914/090417Slides/">090417Slides.pdf</a></b><br /><b>Path:</b> Rochester >> MBI >> 456 Fall, 2009<br /><div><b>Description:</b> Viral Vectors and Gene Therapy I General Virology (MBI 456) April 17, 2009 What is Gene Therapy? A medical intervention based on modication of the genetic material of living cells. Cells may be modied ex vivo for subsequent administration or alter...</div><b>Date Added:</b> 2009-06-03 09:41:01<br /><br /></td></tr>
                            <tr><td><b><a href="/file/3582969/HW02interferometer/">HW02_interferometer.pdf</a></b><br /><b>Path:</b> Colorado >> PHYS >> 2130 Fall, 2008<br /><div><b>Description:</b> Please see the attached parts guide*) for Agilent/HP interferometer systems. Parts for these units are readily available on eBay. Interferometers such as the one described in the attached parts guide are widely used for a large variety of scientific ...</div><b>Date Added:</b> 2009-06-03 09:41:11<br /><br /></td></tr>
                            <tr><td><b><a href="/file/3583110/20061026r02n022717/">20061026_r02n_022717.pdf</a></b><br /><b>Path:</b> Stanford >> EP >> 1025 Fall, 2009<br /><div><b>Description:</b> PROPOSED SETTLEMENT OF SECURITIES ACTION AGAINST EL PASO CORPORATION AND OTHERS To: Those who acquired securities of El Paso Corporation from February 22, 2000, through February 17, 2004. Your rights may be affected by a lawsuit. From: Lynn N. Hughes...</div><b>Date Added:</b> 2009-06-03 09:41:37<br /><br /></td></tr>
                            <tr><td><b><a href="/file/3583141/review5sn/">review5_sn.pdf</a></b><br /><b>Path:</b> Stanford >> EE >> 261 Fall, 2009<br /><div><b>Description:</b> EE 261 Fourier Transform and Applications Review #5 Solutions 1. Given a function f (x1 , x2 ) dene g(x1 , x2 ) = f (x1 , x2 ), k(x1 , x2 ) = f (x2 , x1 ) h(x1 , x2 ) = f (x1 , x2 ) m(x1 , x2 ) = f (x2 , x1 ) March 10, 2009 Handout #R10 Find F g, F...</div><b>Date Added:</b> 2009-06-03 09:41:42<br /><br /></td></tr>
                            <tr><td><b><a href="/file/3583456/00000050/">00000050.pdf</a></b><br /><b>Path:</b> Carnegie Mellon >> DISK >> 31011040 Fall, 2009<br /><div><b>Description:</b> ...</div><b>Date Added:</b> 2009-06-03 09:42:37<br /><br /></td></tr>
                            <tr><td><b><a href="/file/3583938/HHkey/">HHkey.doc</a></b><br /><b>Path:</b> Wisc Eau Claire >> CHEM >> 452 Fall, 2009<br /><div><b>Description:</b> Practice Problems (amino acids/peptides, pH and pK) . 1. a) Glycylglycine, a dipeptide, can be used as a buffer in solution. It is a good buffer near pH 3 and near pH 8. Which functional groups on this dipeptide can act as buffers and what are their ...</div><b>Date Added:</b> 2009-06-03 09:44:02<br /><br /></td></tr>
                            <tr><td><b><a href="/file/3584086/create-a-team-activity/">create-a-team-activity.doc</a></b><br /><b>Path:</b> Johns Hopkins >> DATA >> 842 Fall, 2009<br /><div><b>Description:</b> Create an Online Team Building Activity Below are two examples of real face-to-face professional development activities that were converted to online activities. The first example shows how an entire activity in a workshop became a balance of online ...</div><b>Date Added:</b> 2009-06-03 09:44:27<br /><br /></td></tr>
                            <tr><td><b><a href="/file/3584087/create-a-team-activity/">create-a-team-activity.doc</a></b><br /><b>Path:</b> Johns Hopkins >> CTE >> 842 Fall, 2009<br /><div><b>Description:</b> Create an Online Team Building Activity Below are two examples of real face-to-face professional development activities that were converted to online activities. The first example shows how an entire activity in a workshop became a balance of online ...</div><b>Date Added:</b> 2009-06-03 09:44:27<br /><br /></td></tr>
                            <tr><td><b><a href="/file/3584174/intro/">intro.pdf</a></b><br /><b>Path:</b> Hudson VCC >> CS >> 209 Fall, 2009<br /><div><b>Description:</b> CS209 Software Implementation &amp; Verification Dr. Craig A. Damon today introduce the course lots of mechanics/administrivia get everybody (new and old) on the same page short class today CS209-1 Introduction 2 Welcome (Back) 209 is 2nd semester ...</div><b>Date Added:</b> 2009-06-03 09:44:43<br /><br /></td></tr>
                            <tr><td><b><a href="/file/3584310/polyhwcls2/">polyhwcls2.pdf</a></b><br /><b>Path:</b> Boise State >> M >> 124 Fall, 2009<br /><div><b>Description:</b> Math 124 Homework for class - do not turn in Sketch each irregular polygon, fairly large within the space given. polygon triangle sketch quadrilateral pentagon hexagon heptagon octagon nonagon decagon 11-gon dodecagon 16-gon ...</div><b>Date Added:</b> 2009-06-03 09:45:08<br /><br /></td></tr>
                            <tr><td><b><a href="/file/3584341/CE536syl/">CE536syl.doc</a></b><br /><b>Path:</b> Lehigh >> CE >> 536 Fall, 2009<br /><div><b>Description:</b> Master of Education Programs CE 536 Networking and Microcomputer Systems Spring 2004 Instructor: Phone: E-mail: Blair R. Bernhardt, Ed.D. (610) 758-3994 (daytime) (610) 694-9718 (evenings) brb0@lehigh.edu January 28-April 28 Wednesdays, 5:30 - 8:30 p...</div><b>Date Added:</b> 2009-06-03 09:45:14<br /><br /></td></tr>
                            <tr><td><b><a href="/file/3585251/ExamScheduleforSpring2009/">ExamScheduleforSpring2009.pdf</a></b><br /><b>Path:</b> Findlay >> B >> 12704 Fall, 2009<br /><div><b>Description:</b> THE UNIVERSITY OF FINDLAY FINAL EXAMINATION SCHEDULE Spring Semester 2009 1. The Vice President for Academic Affairs expects that all final examinations will be given in accordance with the following schedule. Your commitment to meet this expectation...</div><b>Date Added:</b> 2009-06-03 09:47:59<br /><br /></td></tr>
                            <tr><td><b><a href="/file/3586688/boscon200407081104/">boscon_2004070811_04.txt</a></b><br /><b>Path:</b> Princeton >> GROTH >> 2004070811 Fall, 2009<br /><div><b>Description:</b> Some riders coming the other way on the trail. As you can see, the trail is asphalt. It\'s a nice trail, but there are places where roots have buckled the trail and other places where holes have developed. Also, there are lots of intersections with ro...</div><b>Date Added:</b> 2009-06-03 10:01:20<br /><br /></td></tr>
                            <tr><td><b><a href="/file/3587376/06Harvesting/">06Harvesting.pdf</a></b><br /><b>Path:</b> Bryn Mawr >> VJDMATH >> 201 Fall, 2009<br /><div><b>Description:</b> Population with Harvesting February 8, 2006 Goal: To study the effect of various levels of harvesting on the steady state fish population gotten from the modified logistic equation: dP P = kP (1 - ) - C = f (P ) dt N The value of C denotes how many...</div><b>Date Added:</b> 2009-06-03 10:18:00<br /><br /></td></tr>
                            <tr><td><b><a href="/file/3588050/20onRecursion/">20onRecursion.pdf</a></b><br /><b>Path:</b> UMBC >> CMSC >> 331 Spring, 2003<br /><div><b>Description:</b> Lisp privileges recursion On Recursion an Honors University in Maryland Lisp has lots of powerful iteration functions Yet recursion is still very important to Lisp There are many reasons: its powerful and it elegant; its natural for processing it r...</div><b>Date Added:</b> 2009-06-03 10:28:51<br /><br /></td></tr>
                            <tr><td><b><a href="/file/3588117/Story01020703Doc1/">Story_01_020703_Doc_1.pdf</a></b><br /><b>Path:</b> UNC >> INLS >> 187 Fall, 2009<br /><div><b>Description:</b> ...</div><b>Date Added:</b> 2009-06-03 10:31:22<br /><br /></td></tr>
                            <tr><td><b><a href="/file/3588295/prob5merged/">prob5merged.txt</a></b><br /><b>Path:</b> RPI >> CSCI >> 1100 Fall, 2009<br /><div><b>Description:</b> 39 75 112 140 144 191 196 212 260 292 306 346 386 392 405 431 473 498 525 541 581 608 638 681 712 759 795 801 828 835 854 862 905 925 947 959 997 1028 1040 1067 1075 1119 1147 1156 1156 1175 1176 1194 1217 1265 1280 1324 1342 1386 1391 1417 1460 1473...</div><b>Date Added:</b> 2009-06-03 10:38:24<br /><br /></td></tr>
                            <tr><td><b><a href="/file/3588523/graph2/">graph2.txt</a></b><br /><b>Path:</b> Rose-Hulman >> CSSE >> 230 Fall, 2009<br /><div><b>Description:</b> cunyvm ornlstc 71 cunyvm qcunix 111 cunyvm rice 15 cunyvm unlvm 111 cunyvm vtvax5 7 cunyvm v2034 79 cunyvm v2138 87 cunyvm v2258 15 cunyvm db0tui11 31 cunyvm dtupev5a 31 cunyvm indycms 39 cunyvm mcgill3 79 alijku21 ritvaxc 16 alijku21 ruthep 32 alijk...</div><b>Date Added:</b> 2009-06-03 10:41:34<br /><br /></td></tr>
                            <tr><td><b><a href="/file/3588529/graph2/">graph2.txt</a></b><br /><b>Path:</b> Rose-Hulman >> CSSE >> 200920 Fall, 2009<br /><div><b>Description:</b> cunyvm ornlstc 71 cunyvm qcunix 111 cunyvm rice 15 cunyvm unlvm 111 cunyvm vtvax5 7 cunyvm v2034 79 cunyvm v2138 87 cunyvm v2258 15 cunyvm db0tui11 31 cunyvm dtupev5a 31 cunyvm indycms 39 cunyvm mcgill3 79 alijku21 ritvaxc 16 alijku21 ruthep 32 alijk...</div><b>Date Added:</b> 2009-06-03 10:41:36<br /><br /></td></tr>
                            <tr><td><b><a href="/file/3588827/2n3904V2/">2n3904V2.pdf</a></b><br /><b>Path:</b> Texas State >> PHYS >> 5326 Fall, 2008<br /><div><b>Description:</b> 2N3904 / MMBT3904 / MMPQ3904 / PZT3904 Discrete POWER &amp; Signal Technologies 2N3904 MMBT3904 C E C B TO-92 E SOT-23 Mark: 1A B MMPQ3904 B4 E4 B3 E3 B1 E1 B1 C4 C4 C3 C3 C2 C2 C1 PZT3904 C E1 E C B SOIC-16 C1 SOT-223 NPN General Purpose ...</div><b>Date Added:</b> 2009-06-03 10:45:54<br /><br /></td></tr>
                            <tr><td><b><a href="/file/3588929/ECE-351-Laboratory-Parts-List/">ECE 351 Laboratory Parts List.pdf</a></b><br /><b>Path:</b> Rose-Hulman >> ECE >> 351 Fall, 2009<br /><div><b>Description:</b> ECE 351 Laboratory Parts List Resistors  110 , 5%, 1 Watt  22 , 3 Watt, 5%  Load for DC Power Supply  1 , 5%, 1 Watt  8 , 5%, 5 Watt (15 Available for checkout)  1% Resistors  12k, 100, 27k, 7.5k, 7.5k, 47, 47k, 56,56k (For ECE300 only) Capacitors  0...</div><b>Date Added:</b> 2009-06-03 10:47:29<br /><br /></td></tr>
                            <tr><td><b><a href="/file/3589687/20011018dynamic/">20011018_dynamic.ps</a></b><br /><b>Path:</b> Duke >> CS >> 130 Fall, 2009<br /><div><b>Description:</b> %!PS-Adobe-2.0 %Creator: dvips(k) 5.78 Copyright 1998 Radical Eye Software (www.radicaleye.com) %Title: 20011018_dynamic.dvi %Pages: 6 %PageOrder: Ascend %BoundingBox: 0 0 612 792 %DocumentFonts: CMSSBX10 CMSS10 CMR10 CMMI10 CMR7 CMMI7 CMSSI10 CMSY7 ...</div><b>Date Added:</b> 2009-06-03 11:03:08<br /><br /></td></tr>
                            <tr><td><b><a href="/file/3590115/T0282t2kCBburial147-logo/">T0282.t2k.CB_burial_14_7-logo.pdf</a></b><br /><b>Path:</b> UCSC >> T >> 0282 Fall, 2009<br /><div><b>Description:</b> T0282.t2k CB_burial_14_7 3 2 1 A A A D D D D XXXCXXCCCXXCCXXXCCCCCXX X X X A 1 10 20 30 40 A 3 2 1 D A D A D F D E B D B A B D F G GF F E D D X X F F G G E F E E G XXXX F D E X X C XDXXX B A BA X A B A C F X X X X F D D ...</div><b>Date Added:</b> 2009-06-03 11:06:28<br /><br /></td></tr>
                            <tr><td><b><a href="/file/3590253/T0238t04near-backbone-11-logo/">T0238.t04.near-backbone-11-logo.pdf</a></b><br /><b>Path:</b> UCSC >> T >> 0238 Fall, 2009<br /><div><b>Description:</b> T0238.t04 near-backbone-11 3 2 1 D A E C B I J ID I IIHIKI I I DJE H D G J J J H E I H C A IH I G H J J C K B J G H H J G C A G I E F K G G H G K H G H H K G G E X X X X XGBXKXXXXXXGHKKXJXKXXXXXXXXXXDXX X X X X X X X X A J K I F G I G H I F K...</div><b>Date Added:</b> 2009-06-03 11:06:56<br /><br /></td></tr>
                            <tr><td><b><a href="/file/3590703/T0280t2kbys-logo/">T0280.t2k.bys-logo.pdf</a></b><br /><b>Path:</b> UCSC >> T >> 0280 Fall, 2009<br /><div><b>Description:</b> T0280.t2k bys 5 4 3 2 1 P E H N G P H X X X X X X X X X X 1 10 20 30 40 P 5 4 3 2 1 H G T P G P E P H S H G P H E H EEEEP P Y D PPNP E PPYDHHY E H Y H H H X XXXXXXGXXGXP X 51 60 70 80 90 E 5 4 3 2 1 P E P T P H E H T S H P ...</div><b>Date Added:</b> 2009-06-03 11:08:30<br /><br /></td></tr>
                            <tr><td><b><a href="/file/3590772/T0237t04dssp-ehl2-logo/">T0237.t04.dssp-ehl2-logo.pdf</a></b><br /><b>Path:</b> UCSC >> T >> 0237 Fall, 2009<br /><div><b>Description:</b> T0237.t04 dssp-ehl2 2 1 CC 1 H C C H H C C C C E H C C C C H C H C X X X X X X X X X X X 10 20 30 40 H 2 1 H E CCC 51 C E E E E E E E X X X X X X X X X X X X X X X X X X X X X X X X X X 60 70 80 90 E 2 1 H E H X H HCCC C H H C H ...</div><b>Date Added:</b> 2009-06-03 11:08:43<br /><br /></td></tr>
                            <tr><td><b><a href="/file/3591039/20onRecursion/">20onRecursion.pdf</a></b><br /><b>Path:</b> UMBC >> CS >> 331 Spring, 1999<br /><div><b>Description:</b> Lisp privileges recursion On Recursion an Honors University in Maryland Lisp has lots of powerful iteration functions Yet recursion is still very important to Lisp There are many reasons: its powerful and it elegant; its natural for processing it r...</div><b>Date Added:</b> 2009-06-03 11:11:43<br /><br /></td></tr>
                            <tr><td><b><a href="/file/3591137/OH13-1a-ER-system-dateline/">OH13-1a-ER-system-dateline.pdf</a></b><br /><b>Path:</b> Marshall >> CH >> 340 Fall, 2009<br /><div><b>Description:</b> MODERN MONETARY HISTORY OH13-1a Gold Std/Adjustable Peg/Managed float 1870  1914 World War I April, 1925 Oct. 1929 June 1930 Sept. 1931 February 1934 JULY 1944 March 1947 Sept. 1967 March 1968 AUGUST 1971 Dec. 1971 March 1972 February 1973 CLASSIC...</div><b>Date Added:</b> 2009-06-03 11:14:52<br /><br /></td></tr>
                            <tr><td><b><a href="/file/3591257/Elec250-2007-Midterm-Solutions/">Elec250 2007 Midterm Solutions.pdf</a></b><br /><b>Path:</b> Virgin Islands >> ELEC >> 250 Fall, 2009<br /><div><b>Description:</b> ELEC 250: K01 2007 Midterm June 21, 2007 Time: 75 Minutes Questions: 4 Total Marks: 60 CLOSED BOOK NAME: STUDENT NO.: Calculators Allowed On Page One Sided Crib Sheet Allowed No PDAs No cell phones Use of any either of these devices for the purpos...</div><b>Date Added:</b> 2009-06-03 11:16:20<br /><br /></td></tr>
                            <tr><td><b><a href="/file/3591791/mapnet/">mapnet.pdf</a></b><br /><b>Path:</b> UCLA >> CLASSES >> 258 Spring, 2009<br /><div><b>Description:</b> los angeles_california 3.1.03 6.1.03 9.1.03 12.1.03 2.1.04 5.1.04 3.1.03 6.1.03 9.1.03 12.1.03 2.1.04 5.1.04 ann arbor_michigan 3d organization_activating lines network organization ann arbor_michigan dma 258 l database aesthetics adam fure ...</div><b>Date Added:</b> 2009-06-03 11:25:49<br /><br /></td></tr>
                            <tr><td><b><a href="/file/3592023/SwitchingOverview/">SwitchingOverview.ppt</a></b><br /><b>Path:</b> Wilfrid Laurier >> CPSC >> 601 Fall, 2009<br /><div><b>Description:</b> ATM Switching: An Overview Carey Williamson Department of Computer Science University of Calgary 1 Introduction ATM switches are central to the operation of ATM networks q Lots of research on ATM switch design in the last 10 years q This presentati...</div><b>Date Added:</b> 2009-06-03 11:35:41<br /><br /></td></tr>
                            <tr><td><b><a href="/file/3592506/DeCeSS-crisis/">DeCeSS crisis.pdf</a></b><br /><b>Path:</b> Michigan >> SI >> 110 Fall, 2008<br /><div><b>Description:</b> Software Double Bind August 13, 2001 NEW ECONOMY Software Double Bind By AMY HARMON all it the digital copyright equivalent of having your cake but not being able to eat it. The case of Dmitri Sklyarov, a Russian computer programmer arrested last ...</div><b>Date Added:</b> 2009-06-03 11:45:01<br /><br /></td></tr>
                            <tr><td><b><a href="/file/3592669/GuatemalanPoliceArchives/">Guatemalan_Police_Archives.pdf</a></b><br /><b>Path:</b> Michigan >> SI >> 110 Fall, 2008<br /><div><b>Description:</b> Mildewed Police Files May Hold Clues to Atrocities in Guatemala - New York Times November 21, 2005 Mildewed Police Files May Hold Clues to Atrocities in Guatemala By GINGER THOMPSON GUATEMALA CITY, Nov. 20 - The reams and reams of mildewed police d...</div><b>Date Added:</b> 2009-06-03 11:45:53<br /><br /></td></tr>
                            <tr><td><b><a href="/file/3592846/T0240t04dssp-ehl2-logo/">T0240.t04.dssp-ehl2-logo.pdf</a></b><br /><b>Path:</b> UCSC >> T >> 0240 Fall, 2009<br /><div><b>Description:</b> T0240.t04 dssp-ehl2 2 1 CCC 1 C X X X X X C C C X X C C C H E E E H C C H C C C X X X X X X X X X X X X X X X CC CCC 10 C 20 30 40 H 2 1 X E E HCCC C X X X 51 60 70 80 H E 90 CECCCCCCCCCCCCCC H CC CC H EC E C NM FER EVKNAMRR ...</div><b>Date Added:</b> 2009-06-03 11:49:05<br /><br /></td></tr>
                            <tr><td><b><a href="/file/3592968/T0252t2kdssp-ehl2-logo/">T0252.t2k.dssp-ehl2-logo.pdf</a></b><br /><b>Path:</b> UCSC >> T >> 0252 Fall, 2009<br /><div><b>Description:</b> T0252.t2k dssp-ehl2 2 1 HCCCCC C X X X X 1 10 20 30 40 H 2 1 H H E E 51 60 70 80 90 E 2 1 HHHHHH X X X E H H C C C E E C C C C C H E E H H X X X X X X X H 2 1 CEECCC ECC X X X X X X H H E 2 1 H H H C X H 2 1 H E H X ...</div><b>Date Added:</b> 2009-06-03 11:50:40<br /><br /></td></tr>
                            <tr><td><b><a href="/file/3593138/T0473t04nsep-logo/">T0473.t04.n_sep-logo.pdf</a></b><br /><b>Path:</b> UCSC >> T >> 0473 Fall, 2009<br /><div><b>Description:</b> T0473.t04 n_sep 5 4 3 2 1 10 20 30 40 D 5 4 3 2 1 G D H D G D H B I D H G I 51 D H 60 DA D KLVKE LNEYFEKKEV D 50 1 MK I TKDMI IADVLQMDRGTAPIFINNG M HC L GC P S SM G E S IE D A C AV H G I ...</div><b>Date Added:</b> 2009-06-03 11:51:55<br /><br /></td></tr>
                            <tr><td><b><a href="/file/3593338/TR435t06nnotor-logo/">TR435.t06.n_notor-logo.pdf</a></b><br /><b>Path:</b> UCSC >> TR >> 435 Fall, 2009<br /><div><b>Description:</b> TR435.t06 n_notor 3 2 1 15 20 30 40 50 N 3 2 1 G N G P N B N B N B N B N G N B N 60 110 SR A RLSLP KQLVLRQSIVGAEVGVWTG E TI P VR T C FG P L I GQ Q S H SM E V A S H 65 70 80 90 N 3 2 1 S N B N B N S N H 100 EW T DKAVN HIWKIY...</div><b>Date Added:</b> 2009-06-03 11:52:59<br /><br /></td></tr>
                            <tr><td><b><a href="/file/3593632/T0411t06CB8-sep9-logo/">T0411.t06.CB8-sep9-logo.pdf</a></b><br /><b>Path:</b> UCSC >> T >> 0411 Fall, 2009<br /><div><b>Description:</b> T0411.t06 CB8-sep9 3 2 1 1 10 20 30 40 A E A 3 2 1 F D A E A E A F A E A E D E F D F A B G D A E A B E I K J F E A 51 60 70 80 90 E 3 2 1 A E F H G I J G H A F A F B A E A B F G K J I F 101 110 120 D E G E G F B ...</div><b>Date Added:</b> 2009-06-03 11:54:16<br /><br /></td></tr>
                            <tr><td><b><a href="/file/3593711/T0405t06nsep-logo/">T0405.t06.n_sep-logo.pdf</a></b><br /><b>Path:</b> UCSC >> T >> 0405 Fall, 2009<br /><div><b>Description:</b> T0405.t06 n_sep 4 3 2 1 M NE T E K L V A A LL E R NF G K NI G T RY P GN E A A Q M RA E E VI G E IA I V IA P L VE K L G I EN K T V K K T I P F L YE L Q K N Q F CD M S A Y P Y PL L L V N G T ST D T E K Y W RD 10 20 30 40 50 60 70 80 90 1 D 4 3 2 1 H ...</div><b>Date Added:</b> 2009-06-03 11:54:46<br /><br /></td></tr>
                            <tr><td><b><a href="/file/3593853/T0474t06onotor-logo/">T0474.t06.o_notor-logo.pdf</a></b><br /><b>Path:</b> UCSC >> T >> 0474 Fall, 2009<br /><div><b>Description:</b> T0474.t06 o_notor 3 2 1 1 10 20 30 40 N H 3 2 1 M N B N B A N H M G N H G N 51 60 70 M N H M N 80 SQ T ARTSV PGIWQGCEEDGVEYQRKLR E EW 50 MN S LAGID MGRILLDLSNEVIKQLDDL E VQ R NL P R AD L L R EA V D Q YL I N Q ...</div><b>Date Added:</b> 2009-06-03 11:55:27<br /><br /></td></tr>
                            <tr><td><b><a href="/file/3594108/Wiz13/">Wiz13.doc</a></b><br /><b>Path:</b> Syracuse >> CSE >> 681 Fall, 2008<br /><div><b>Description:</b> ...</div><b>Date Added:</b> 2009-06-03 11:58:57<br /><br /></td></tr>
                            <tr><td><b><a href="/file/3594706/PRIMESCLJNDPHV/">PRIMES_CL_JN_DP_HV.pdf</a></b><br /><b>Path:</b> George Mason >> ECE >> 646 Fall, 2008<br /><div><b>Description:</b> Implementation and Comparison of Primality Proving Tests Jeremy Nightingale Harini Vasudevan Chandrika Lanka Dimple Patel Objective: Implementation of the Agrawal-Kayal-Saxena (AKS) deterministic polynomial-time test, the Random Quadratic Frobenius ...</div><b>Date Added:</b> 2009-06-03 12:19:11<br /><br /></td></tr>
                            <tr><td><b><a href="/file/3594705/PKISWMERM/">PKISW_ME_RM.pdf</a></b><br /><b>Path:</b> George Mason >> ECE >> 646 Fall, 2008<br /><div><b>Description:</b> Project Report On Survey of Software packages supporting Public Key Infrastructure By, Mayur Enjamoori Rohan Misquith 1. List of PKI implementations we are planning to compare. a. b. c. d. e. f. Baltimore Technologies Verisign RSA Security Entrust ...</div><b>Date Added:</b> 2009-06-03 12:19:11<br /><br /></td></tr>
                            <tr><td><b><a href="/file/3594838/AE850-Lecture2-2006-2/">AE850-Lecture2-2006-2.pdf</a></b><br /><b>Path:</b> Air Force Academy >> ABE >> 850 Fall, 2009<br /><div><b>Description:</b> Losses in quantity and quality occur in crops especially those with high moisture content after harvest. Seeds, fruits, vegetables are living tissues which are subject to continuous change after harvest Senescence is the final stage in development of...</div><b>Date Added:</b> 2009-06-03 12:20:25<br /><br /></td></tr>
                            <tr><td><b><a href="/file/3595057/TR389t04pb-logo/">TR389.t04.pb-logo.pdf</a></b><br /><b>Path:</b> UCSC >> TR >> 389 Fall, 2009<br /><div><b>Description:</b> TR389.t04 pb 5 4 3 2 1 1 10 20 30 40 D 5 4 3 2 1 F K M N O P A B D D F K M F B D D F K M 51 60 70 80 90 D F K 5 4 3 2 1 M N O P A F K B D F K F K M 101 110 120 N O P A D D E H M G M 130 TV L LGKLE KSFNSVHLLAGGFA...</div><b>Date Added:</b> 2009-06-03 12:22:34<br /><br /></td></tr>
                            <tr><td><b><a href="/file/3595136/T0495t04dssp-ehl2-logo/">T0495.t04.dssp-ehl2-logo.pdf</a></b><br /><b>Path:</b> UCSC >> T >> 0495 Fall, 2009<br /><div><b>Description:</b> T0495.t04 dssp-ehl2 2 1 1 10 20 30 40 H 2 1 E E E 2 1 H E H E 101 110 120 130 140 E H H 150 AD A YDAEI VRMAPEQKLAPARRKVLIQ K FA T HA A R RL Q A L RD P E G HG I F E 100 51 60 70 80 90 IW V IECKS SRADFQADAKWQGYLEWCD R YF W...</div><b>Date Added:</b> 2009-06-03 12:23:11<br /><br /></td></tr>
                            <tr><td><b><a href="/file/3595440/T0499t06alpha-logo/">T0499.t06.alpha-logo.pdf</a></b><br /><b>Path:</b> UCSC >> T >> 0499 Fall, 2009<br /><div><b>Description:</b> T0499.t06 alpha 2 1 10 20 30 40 E 2 1 H S E D S E H B E 51 TF T VTE 50 1 TT Y KLILN LKQAKEEAIKEAVDAGTAE K YF K LI A N AK T V E GV W T Y KD E I K ...</div><b>Date Added:</b> 2009-06-03 12:24:25<br /><br /></td></tr>
                            <tr><td><b><a href="/file/3595612/T0469t04osep-logo/">T0469.t04.o_sep-logo.pdf</a></b><br /><b>Path:</b> UCSC >> T >> 0469 Fall, 2009<br /><div><b>Description:</b> T0469.t04 o_sep 3 2 1 1 10 20 30 40 D 3 2 1 G D H B G D H B D H I G D 51 H 60 GL N VEDIL RDLNALA D 50 MT Q KFTKD MTFAQALQTHPGVAGVLRS Y NL G CI G C MG A Q N ES L E Q GA N A H ...</div><b>Date Added:</b> 2009-06-03 12:25:18<br /><br /></td></tr>
                            <tr><td><b><a href="/file/3595771/T0397t06nnotor2-logo/">T0397.t06.n_notor2-logo.pdf</a></b><br /><b>Path:</b> UCSC >> T >> 0397 Fall, 2009<br /><div><b>Description:</b> T0397.t06 n_notor2 3 2 1 1 10 20 30 40 N 3 2 1 B A B N B N B N H 51 60 70 80 90 N 3 2 1 P N A B A N B G N B N B N B N B N B N B N 101 110 120 130 140 A N G N B A B N S M S N B N B N B N B P B N A P N 150 FR V LK...</div><b>Date Added:</b> 2009-06-03 12:25:59<br /><br /></td></tr>
                            <tr><td><b><a href="/file/3596825/SSSPTSSS08bT04v011/">SSSP_TSS_S08b_T04_v0.11.doc</a></b><br /><b>Path:</b> USC >> CSCI >> 577 Fall, 2009<br /><div><b>Description:</b> System and software support plan(SSSP) Version 0.11 2008 Syst em and soft war e suppor t plan COI NCOM O 2.0 SSSP_TSS_S08b_T04_v0.11 CSCI 577b Team 4 Version date: 04/28/2008 Page 1 Univer sit y of Sout her n Califor nia 4/05/2008 System and so...</div><b>Date Added:</b> 2009-06-03 12:46:01<br /><br /></td></tr>
                            <tr><td><b><a href="/file/3596852/SSADRLCAS08bT04v019/">SSAD_RLCA_S08b_T04_v0.19.doc</a></b><br /><b>Path:</b> USC >> CSCI >> 577 Fall, 2009<br /><div><b>Description:</b> 2008 Syst em and Soft war e Ar chit ect ur e Definit ion (SSAD) COI NCOM O 2.0 The pur pose of t he SSAD is t o document t he r esult s of analyzing t he or ganizat ional concept of oper at ion for t he syst em, designing an ar chit ect ur e and des...</div><b>Date Added:</b> 2009-06-03 12:46:10<br /><br /></td></tr>
                            <tr><td><b><a href="/file/3596938/se2811-04-Singleton/">se2811-04 Singleton.pptx</a></b><br /><b>Path:</b> MSOE >> SE >> 2811 Fall, 2009<br /><div><b>Description:</b> The Singleton Pattern Click to edit Master subtitle style SE-2811 Dr. Mark L. Hornick 11 Sometimes it is important to have only one instance of a class 22 l One printer spooler (though many printers) l One file system l One window manager The ch...</div><b>Date Added:</b> 2009-06-03 12:47:09<br /><br /></td></tr>
                            <tr><td><b><a href="/file/3597230/Walker-etal1997/">Walker-etal1997.pdf</a></b><br /><b>Path:</b> Washington >> LING >> 573 Fall, 2008<br /><div><b>Description:</b> PARADISE: A Framework for Evaluating Spoken Dialogue Agents Marilyn A. Walker, Diane J. Litman, Candace A. Kamm and Alicia Abella AT&amp;T LabsResearch 180 Park Avenue Florham Park, NJ 07932-0971 USA walker,diane,cak,abella@research.att.com Abstract This...</div><b>Date Added:</b> 2009-06-03 12:54:40<br /><br /></td></tr>
                            <tr><td><b><a href="/file/3597391/DATINGmethods/">DATINGmethods.pdf</a></b><br /><b>Path:</b> UCSD >> ANTH >> 102 Spring, 2008<br /><div><b>Description:</b> Paleoanthropological methods: Dating fossils \&quot;Archaeologists will date any old thing\&quot; (Jim Moore, UCSD) Taphonomy: study of processes of fossilization (literally, \&quot;laws of burial\&quot;; study of diagenetic processes acting on a dead animal\'s remains). Di...</div><b>Date Added:</b> 2009-06-03 13:02:42<br /><br /></td></tr>
                            <tr><td><b><a href="/file/3597743/lecture24-quanci/">lecture24-quanci.pdf</a></b><br /><b>Path:</b> Pittsburgh >> STAT >> 1000 Fall, 2008<br /><div><b>Description:</b> (C) 2007 Nancy Pfenning Looking Back: Review Lecture 24 Inference for Quantitative Variable; Confidence Intervals Inference 4 Stages of Statistics     Data Production (discussed in Lectures 1-4) Displaying and Summarizing (Lectures 5-12) Probab...</div><b>Date Added:</b> 2009-06-03 13:10:24<br /><br /></td></tr>
                            <tr><td><b><a href="/file/3597749/lect22a/">lect22a.ppt</a></b><br /><b>Path:</b> UNC >> COMP >> 144 Fall, 2008<br /><div><b>Description:</b> The University of North Carolina at Chapel Hill COMP 144 Programming Language Concepts Spring 2003 Object-Oriented Languages: Scope, Lifetimes, Garbage Collection Stotts, Hernandez-Campos 1 Fundamental Concepts in OOP  Encapsulation  Data Abstrac...</div><b>Date Added:</b> 2009-06-03 13:10:38<br /><br /></td></tr>
                            <tr><td><b><a href="/file/3597922/linreghelp/">linreg_help.pdf</a></b><br /><b>Path:</b> Texas A&M >> MATH >> 131 Fall, 2008<br /><div><b>Description:</b> Calculator Instructions Turning on Stat Plot 2nd Y= highlight 1: (hit enter) highlight ON (hit enter) highlight first graphic (hit enter) want L1 in Xlist and L2 in Ylist Putting Data into Lists STAT EDIT Fill in data into appropriate lists To clear ...</div><b>Date Added:</b> 2009-06-03 13:12:17<br /><br /></td></tr>
                            <tr><td><b><a href="/file/3597987/pre-nursing/">pre-nursing.pdf</a></b><br /><b>Path:</b> USAO >> CATALOG >> 0608 Fall, 2008<br /><div><b>Description:</b> PRE-NURSING (R.N.) Pre-nursing students seeking to receive the bachelor of science degree as well as becoming registered nurses will be applying to enter two clinical years at a college of nursing after completing two years of designated academic cou...</div><b>Date Added:</b> 2009-06-03 13:12:55<br /><br /></td></tr>
                            <tr><td><b><a href="/file/3598774/2006-Control2/">2006 Control2.ppt</a></b><br /><b>Path:</b> North Texas >> COB >> 4650 Fall, 2009<br /><div><b>Description:</b> BCIS 4650 Visual Programming for Business Applications More about Controls (ones that you might use later) The University of North Texas, ITDS Dept., Dr. Vedder 1 Objectives: This Week, You Will Learn How To    Use controls you might find helpful...</div><b>Date Added:</b> 2009-06-03 13:18:52<br /><br /></td></tr>
                            <tr><td><b><a href="/file/3598797/StandingWaves/">StandingWaves.pdf</a></b><br /><b>Path:</b> UMass (Amherst) >> CHEM >> 121 Fall, 2009<br /><div><b>Description:</b> Standing Waves Increase frequency Increase # nodes Decrease wavelength Increase E Linear Circular ...</div><b>Date Added:</b> 2009-06-03 13:18:59<br /><br /></td></tr>
                            <tr><td><b><a href="/file/3599945/letters/">letters.txt</a></b><br /><b>Path:</b> Utah State >> CS >> 1720 Fall, 2008<br /><div><b>Description:</b> abcdefghijklmnopqrstuvwxyz...</div><b>Date Added:</b> 2009-06-03 13:34:56<br /><br /></td></tr>
                            <tr><td><b><a href="/file/3600030/AC-Analysis/">AC Analysis.pdf</a></b><br /><b>Path:</b> New Hampshire >> ECE >> 401 Fall, 2008<br /><div><b>Description:</b> 10/16/2008 PHASE DIFFERENCE BETWEEN VOLTAGE &amp; CURRENT ON A CAPACITOR Current Voltage Note: the measurement setup causes the current waveform to be inverted In this case, the current leads the voltage by /2 or 90 In words: when the voltage is chang...</div><b>Date Added:</b> 2009-06-03 13:38:13<br /><br /></td></tr>
                            <tr><td><b><a href="/file/3600153/ibisanalysis/">ibis_analysis.pdf</a></b><br /><b>Path:</b> New Hampshire >> ECE >> 711 Fall, 2008<br /><div><b>Description:</b> Effective Signal Integrity Analysis using IBIS Models Syed B. Huq shuq@cisco.com Cisco Systems, Inc 2000 High-Performance System Design Conference 1 Abstract IBIS models are being widely used in various SI(Signal Integrity) analyses across the In...</div><b>Date Added:</b> 2009-06-03 13:38:51<br /><br /></td></tr>
                            <tr><td><b><a href="/file/3600184/L11WhileLoops/">L11WhileLoops.ppt</a></b><br /><b>Path:</b> UMBC >> CMSC >> 104 Fall, 2006<br /><div><b>Description:</b> The while Looping Structure Topics   The while Loop Program Versatility  Sentinel Values and Priming Reads Checking User Input Using a while Loop Reading Section 3.7 Review: Repetition Structure A repetition structure allows the programmer...</div><b>Date Added:</b> 2009-06-03 13:39:01<br /><br /></td></tr>
                            <tr><td><b><a href="/file/3600433/slums-grassroots/">slums-grassroots.pdf</a></b><br /><b>Path:</b> Caltech >> ME >> 105 Fall, 2008<br /><div><b>Description:</b> Scaling up through knowledge sharing BACKGROUND WORKSHOP PAPER THEO SCHILDERMAN  ITDG CONTENTS CITIES WITHOUT SLUMS?. ONE IN A BILLION.. THE URBANISATION OF POVERTY. . SLUMS: THE GOOD, THE BAD AND THE UGLY. THE MAGNITUDE OF THE CHALLENGE. THE FORMA...</div><b>Date Added:</b> 2009-06-03 13:42:17<br /><br /></td></tr>
                            <tr><td><b><a href="/file/3600436/decentralized-renewables/">decentralized-renewables.pdf</a></b><br /><b>Path:</b> Caltech >> ME >> 105 Fall, 2008<br /><div><b>Description:</b> Adapting to climate change with decentralized renewable energy in developing countries Edited by Henry David Venema and Moussa Cisse Climate Change Knowledge Network The International Institute for Sustainable Development contributes to sustainabl...</div><b>Date Added:</b> 2009-06-03 13:42:18<br /><br /></td></tr>
                            <tr><td><b><a href="/file/3600810/pHpOHDefs/">pHpOHDefs.pdf</a></b><br /><b>Path:</b> UMass (Amherst) >> CHEM >> 112 Fall, 2008<br /><div><b>Description:</b> Acid/Base Definitions Acid Provides H+ in water solution Base Provides OH- in water solution Arrhenius Bronsted-Lowry Donates H+ Accepts H+ pH = - log[H3O+] pOH = - log[OH-] pKw = - logKw [H3O+] = 10-pH [OH-] = 10-pOH Kw = 10-pKw ...</div><b>Date Added:</b> 2009-06-03 13:51:51<br /><br /></td></tr>
                            <tr><td><b><a href="/file/3600849/Reedp4/">Reedp4.pdf</a></b><br /><b>Path:</b> UMass (Amherst) >> CHEM >> 112 Fall, 2008<br /><div><b>Description:</b> ...</div><b>Date Added:</b> 2009-06-03 13:52:09<br /><br /></td></tr>
                            <tr><td><b><a href="/file/3601598/LectureNotes6/">LectureNotes6.pdf</a></b><br /><b>Path:</b> Allan Hancock College >> ENG >> 2511 Fall, 2009<br /><div><b>Description:</b> CC2511:03 Embedded Systems Design  Lecture Notes Week 6 CC2511:03 Embedded Systems Design Semester 2, 2006 S L Willis Lecture Notes  Week 6 Last Updated: 29/08/2006 Topics         Peripherals Handshaking Serial Parallel Analogue Counter/timer Con...</div><b>Date Added:</b> 2009-06-03 14:06:08<br /><br /></td></tr>
                            <tr><td><b><a href="/file/3601707/Chapter3/">Chapter3.pdf</a></b><br /><b>Path:</b> North-West Uni. >> EECS >> 333 Fall, 2009<br /><div><b>Description:</b> Chapter 3 The Physical Layer Professor Dongning Guo Outline The physical layer provides a service: - It transfers bits across a link. Digital representation of information  Why? How? Characterization of communication channels. Fundamental limits  a ...</div><b>Date Added:</b> 2009-06-03 14:09:26<br /><br /></td></tr>
                            <tr><td><b><a href="/file/3601921/hw05/">hw05.doc</a></b><br /><b>Path:</b> Iowa State >> CPRE >> 281 Fall, 2009<br /><div><b>Description:</b> CprE 381 Homework #5 Reading Assignment: Chapters 6 P1. (50 points) Draw a complete pipeline data path for the machine whose instruction set is shown below with 16 registers. Design a control machine to generate all control signals. Instruction Forma...</div><b>Date Added:</b> 2009-06-03 14:13:51<br /><br /></td></tr>
                            <tr><td><b><a href="/file/3602083/new1/">new1.pdf</a></b><br /><b>Path:</b> Wisconsin >> SOC >> 357 Fall, 2000<br /><div><b>Description:</b> ...</div><b>Date Added:</b> 2009-06-03 14:18:18<br /><br /></td></tr>
                            <tr><td><b><a href="/file/3602157/Treesmc1/">Trees_mc[1].ppt</a></b><br /><b>Path:</b> UMass (Amherst) >> ECE >> 665 Fall, 2009<br /><div><b>Description:</b> Trees Make Money Fast! Stock Fraud Ponzi Scheme Bank Robbery 04/25/09 03:56 Trees 1 Outline and Reading Tree ADT (2.3.1) Preorder and postorder traversals (2.3.2) BinaryTree ADT (2.3.3) Inorder traversal (2.3.3) Euler Tour traversal (2.3.3) Te...</div><b>Date Added:</b> 2009-06-03 14:19:36<br /><br /></td></tr>
                            <tr><td><b><a href="/file/3602469/Jerad-Bates-Public-Key-Infrastructure/">Jerad Bates - Public Key Infrastructure.ppt</a></b><br /><b>Path:</b> UMBC >> CS >> 621 Fall, 2009<br /><div><b>Description:</b> Public Key Infrastructure (PKI) University of Maryland, Baltimore County December 2007 Jerad Bates Overview      Introduction Building Blocks Certificates Organization Conclusions In the beginning there were shared secret keys Introduction E...</div><b>Date Added:</b> 2009-06-03 14:26:18<br /><br /></td></tr>
                            <tr><td><b><a href="/file/3602792/CS3013MidtermC07/">CS3013_Midterm_C07.pdf</a></b><br /><b>Path:</b> Uni. Worcester >> CS >> 502 Fall, 2008<br /><div><b>Description:</b> Operating Systems WPI  CS3013 February 5, 20067 Midterm Exam Name _ Answer the following SIX questions. Theres lots of partial credit, so put down what you know. You are to use NO notes or papers for this exam. Problem 1: Short Answers: a) What is a...</div><b>Date Added:</b> 2009-06-03 14:31:29<br /><br /></td></tr>
                            <tr><td><b><a href="/file/3603471/finalsol/">finalsol.pdf</a></b><br /><b>Path:</b> Johns Hopkins >> MATH >> 201 Fall, 2009<br /><div><b>Description:</b> THE JOHNS HOPKINS UNIVERSITY Faculty of Arts and Sciences FINAL EXAM - SPRING SESSION 2005 110.201 - LINEAR ALGEBRA. Examiner: Professor C. Consani Duration: 3 HOURS (9am-12noon), May 12, 2005. No calculators allowed. Total Marks = 100 Student Nam...</div><b>Date Added:</b> 2009-06-03 14:38:41<br /><br /></td></tr>
                            <tr><td><b><a href="/file/3603619/pp206/">pp2_06.pdf</a></b><br /><b>Path:</b> Acton School of Business >> PHYS >> 102 Fall, 2008<br /><div><b>Description:</b> ...</div><b>Date Added:</b> 2009-06-03 14:39:18<br /><br /></td></tr>
                            <tr><td><b><a href="/file/3604135/lecture201820-20root20locus20examples2001/">lecture%2018%20-%20root%20locus%20examples%2001.ppt</a></b><br /><b>Path:</b> Rose-Hulman >> ME >> 406 Fall, 2009<br /><div><b>Description:</b> Lecture 18  Lead Compensator Design Today\'s Objective: Students will: a) Be able to compute defect angles given a system and desired closed-loop pole locations. b) Be able to design a lead compensator to satisfy closed-loop performance criteria using...</div><b>Date Added:</b> 2009-06-03 14:41:50<br /><br /></td></tr>
                            <tr><td><b><a href="/file/3604286/CSDA/">CSDA.ppt</a></b><br /><b>Path:</b> Rose-Hulman >> CSSE >> 497 Fall, 2009<br /><div><b>Description:</b> CSDA Certified Software Development Associate IEEE Computer Society  With nearly 100,000 members, the IEEE Computer Society is the world\'s leading organization of computer professionals. Founded in 1946, it is the largest of the 39 societies of the ...</div><b>Date Added:</b> 2009-06-03 14:42:21<br /><br /></td></tr>
                            <tr><td><b><a href="/file/3604730/xr14-01/">xr14-01.txt</a></b><br /><b>Path:</b> W. Kentucky >> CH >> 212 Fall, 2009<br /><div><b>Description:</b> \&quot;This Year\&quot;,\&quot;3 Years Ago\&quot; 10,16 10,13 9,12 6,16 5,12 10,8 13,6 3,5 14,12 10,17 9,13 7,11 8,9 5,11 7,12 12,13 11,9 9,12 9,7 16,9 13,11 13,14 8,14 7,12 8,10 10,6 8,4 11,8 10,11 10,5 14,10 10,10 10,9 7,10 5,11 11,7 5,10 6,13 3,8 5,13 7,12 8,11 3,8 6,11 ...</div><b>Date Added:</b> 2009-06-03 14:44:05<br /><br /></td></tr>
                            <tr><td><b><a href="/file/3605060/cs282lec04/">cs282_lec04.ppt</a></b><br /><b>Path:</b> Drexel >> CS >> 281 Fall, 2000<br /><div><b>Description:</b> Systems Architecture II Lecture 4: Pipelined Datapath and Control* Jeremy R. Johnson Anatole D. Ruslanov *This lecture was derived from material in the COD3 text (sec. 6.2-6.3). Some or all figures from Computer Organization and Design: The Hardware...</div><b>Date Added:</b> 2009-06-03 14:45:11<br /><br /></td></tr>
                            <tr><td><b><a href="/file/3605413/faq/">faq.txt</a></b><br /><b>Path:</b> Wisconsin >> ENGR >> 510 Fall, 2009<br /><div><b>Description:</b> 1) if we use automatic machines, can we eliminate total process time while  calculating the no. of machines required. 2) Can we use automatic Lathe for the turn and face &amp; turn and bore  operations performed in the second cell.  Even if you use auto...</div><b>Date Added:</b> 2009-06-03 14:46:14<br /><br /></td></tr>
                            <tr><td><b><a href="/file/3605970/426-intro/">426-intro.ppt</a></b><br /><b>Path:</b> Wisconsin >> ENGR >> 426 Fall, 2009<br /><div><b>Description:</b> Wastewater Treatment Plant Flowchart Treatment Objectives q 1900 to early 1970s  Removal of suspended and floatable material  Treatment of biodegradable organics  Elimination of pathogenic organisms Early 1970s to 1980  Based on aesthetic and envir...</div><b>Date Added:</b> 2009-06-03 14:47:53<br /><br /></td></tr>
                            <tr><td><b><a href="/file/3606006/syllabussum01-june6/">syllabussum01-june6.doc</a></b><br /><b>Path:</b> Wisconsin >> ENGR >> 679 Fall, 2009<br /><div><b>Description:</b> CEE679 Special Topics in Transportation and City Planning 3 credits - Summer 2001 TOPIC: TRANSPORTATION MANAGEMENT AND POLICY Noon  1:40pm TWR Room 1721 Engineering Hall Course Coordinators: Prof. Robert L. Smith, Jr. (608) 262-3649 smithrl@engr.wisc...</div><b>Date Added:</b> 2009-06-03 14:47:59<br /><br /></td></tr>
                            <tr><td><b><a href="/file/3606027/chapter2appendix/">chapter2appendix.doc</a></b><br /><b>Path:</b> Wisconsin >> ENGR >> 427 Fall, 2009<br /><div><b>Description:</b> APPENDIX B (CH 2) \&quot;Diffusive Contaminant Transport in Natural Clay: A Field Example and Implications for Clay Lined Waste Disposal Sites.\&quot; Richard L. Johnson, John A. Cherry, and James F. Pankanow. Environmental Science and Technology, Vol. 23 (March...</div><b>Date Added:</b> 2009-06-03 14:48:02<br /><br /></td></tr>
                            <tr><td><b><a href="/file/3606098/neep541-oct5th/">neep541-oct5th.ppt</a></b><br /><b>Path:</b> Wisconsin >> ENGR >> 541 Fall, 2009<br /><div><b>Description:</b> Computational Modeling of Radiation Damage Julie Tucker Guest Lecturer NEEP 541 October 5, 2005 Areas of Concern Initial damage event  Quantity and location of point defects after displacement cascade  Defect migration/clustering  Effects on materia...</div><b>Date Added:</b> 2009-06-03 14:48:15<br /><br /></td></tr>
                            <tr><td><b><a href="/file/3606357/Chap01/">Chap01.ppt</a></b><br /><b>Path:</b> Wisconsin >> AAE >> 426 Fall, 2009<br /><div><b>Description:</b> Spreadsheet Modeling  Problem Solving 1-2 Introduction  We face numerous decisions in life &amp;  business.  We c...</div><b>Date Added:</b> 2009-06-03 14:49:02<br /><br /></td></tr>
                            <tr><td><b><a href="/file/3606396/lab4/">lab4.ppt</a></b><br /><b>Path:</b> Wisconsin >> ENGR >> 370 Fall, 2009<br /><div><b>Description:</b> Geometric Design of Highways CEE 370     Geometric Design Elements     Design Controls     Design Vehicle Vehicle that defines key design  features Establish intersection radius Establish pavement markings and  channelization Establish perfo...</div><b>Date Added:</b> 2009-06-03 14:49:09<br /><br /></td></tr>
                            <tr><td><b><a href="/file/3607050/final00/">final00.doc</a></b><br /><b>Path:</b> Wisconsin >> ENGR >> 448 Fall, 2009<br /><div><b>Description:</b> Crystallography and X-ray Diffraction - MS&amp;E 448 Final Exam  Monday, 12/18/00 You can bring your completed exams to my office (1231ERB) or my mailbox in ERB. (due no later than Tuesday, 12/19/00 at 5:00PM) Please read below, sign, and return to Don ...</div><b>Date Added:</b> 2009-06-03 14:51:30<br /><br /></td></tr>
                            <tr><td><b><a href="/file/3607201/103f08examfa/">103f08examfa.doc</a></b><br /><b>Path:</b> Wisconsin >> PHYS >> 103 Fall, 2008<br /><div><b>Description:</b> Physics 103 Final Exam, Dec 18th 2008 Student: _ Student Id Number _ Section Number: _ TA Name: _ Fill in your name, student ID # (not your social security #), and section # (under ABC of special codes) on the Scantron sheet. Be sure to fill in the l...</div><b>Date Added:</b> 2009-06-03 14:51:58<br /><br /></td></tr>
                            <tr><td><b><a href="/file/3607284/qz3f02/">qz3f02.doc</a></b><br /><b>Path:</b> Wisconsin >> ECE >> 352 Fall, 2008<br /><div><b>Description:</b> Last (family) name: _ First (given) name: _ Student I.D. #: _ Circle section: Kim Hu Department of Electrical and Computer Engineering University of Wisconsin - Madison ECE/CS 352 Digital System Fundamentals Quiz #3 Thursday, November 7, 2002, 7:15...</div><b>Date Added:</b> 2009-06-03 14:52:12<br /><br /></td></tr>
                            <tr><td><b><a href="/file/3607343/decomp/">decomp.doc</a></b><br /><b>Path:</b> Wisconsin >> CS >> 755 Fall, 2008<br /><div><b>Description:</b> Summary: decomp_quick_network(); decomp_good_network(); decomp_disj_network(); decomp_quick_node(); decomp_good_node() decomp_disj_node() decomp_quick(); decomp_good(); decomp_disj(); void decomp_quick_network(network) network_t *network; Decompose a...</div><b>Date Added:</b> 2009-06-03 14:52:23<br /><br /></td></tr>
                            <tr><td><b><a href="/file/3607844/hw1f2006/">hw1_f2006.doc</a></b><br /><b>Path:</b> Wisconsin >> ENGR >> 303 Fall, 2009<br /><div><b>Description:</b> CEE/GLE/IES 303 Introduction to Remote Sensing Digital Image Processing Homework # 1 Due: Nov. 29 (Wednesday), 2006 Name: 1. What is a Look-Up-Table (LUT) ? ( / 1) (Score: / 10) 2. Linear Stretch: ( / 2) a) What is a linear stretch as applied to a ...</div><b>Date Added:</b> 2009-06-03 14:53:55<br /><br /></td></tr>
                            <tr><td><b><a href="/file/3607894/junemann/">junemann.doc</a></b><br /><b>Path:</b> TCU >> ETD >> 04252006 Fall, 2009<br /><div><b>Description:</b> BEHAVIORAL MEASURES OF FALSE MEMORIES by ANGELA MARIE JUNEMANN Bachelor of Science, 2003 University of Houston Clear Lake Houston, Texas Submitted to the Graduate Faculty of the College of Science and Engineering Texas Christian University in part...</div><b>Date Added:</b> 2009-06-03 14:54:04<br /><br /></td></tr>
                            <tr><td><b><a href="/file/3608193/progress09/">progress09.doc</a></b><br /><b>Path:</b> Wisconsin >> BME >> 400 Fall, 2009<br /><div><b>Description:</b> Title - Device Client - for Administration of Intra-Vitreal Injections Barbara Blodi, M.D. Associate Professor, Ophthalmology and Visual Sciences bablodi@facstaff.wisc.edu 2870 University Ave., Room 206 608-263-6646 Advisor  Paul Thompson Room 125,...</div><b>Date Added:</b> 2009-06-03 14:54:59<br /><br /></td></tr>
                            <tr><td><b><a href="/file/3608437/cs6223spring09/">cs6223spring09.DOC</a></b><br /><b>Path:</b> SPSU >> CS >> 6223 Fall, 2009<br /><div><b>Description:</b> CS6223: Advanced Computer System Architecture Spring 2009 Course Hour: M, W 7:30PM  8:45 PM, Room: J-151 CREDIT: 3 Semester Hours PROFESSOR: Abdullah Faruque OFFICE : J385, Phone : 678-915-5546 EMAIL: afaruque@spsu.edu WEB: cse.spsu.edu/afaruque OFFI...</div><b>Date Added:</b> 2009-06-03 14:55:49<br /><br /></td></tr>
                            <tr><td><b><a href="/file/3608535/Recitation6prelab/">Recitation6_prelab.txt</a></b><br /><b>Path:</b> Oregon State >> CS >> 161 Winter, 2008<br /><div><b>Description:</b> 								Recitation #6 Pre-lab Name _ 		 *Note: The Tekpet and Java APIs will be useful in doing this prelab. For this prelab assume that you have a TekBoard object named \&quot;board\&quot;, a Sensor named \&quot;light\&quot;, a Servo object named \&quot;servo\&quot;, and an Led na...</div><b>Date Added:</b> 2009-06-03 14:56:10<br /><br /></td></tr>
                            <tr><td><b><a href="/file/3608710/Status042106/">Status_04.21.06.doc</a></b><br /><b>Path:</b> Oregon State >> CHE >> 415 Winter, 2008<br /><div><b>Description:</b> Weekly Status Report Antithrombic Properties of Citrated Microspheres (CitrateIt) Week Ending: April 21, 2006 Author: Jeremy Campbell Eric Andersen, Travis Bolsinger, Jeremy Campbell Previous Week Accomplishments Final research was done to replace th...</div><b>Date Added:</b> 2009-06-03 14:56:49<br /><br /></td></tr>
                            <tr><td><b><a href="/file/3609163/alpine/">alpine.doc</a></b><br /><b>Path:</b> Villanova >> ACC >> 1102 Fall, 2009<br /><div><b>Description:</b> The most recent I/S for Alpine Co. appears below. Alpine, Inc. I/S FYE December 35000 units Sales 31, 19x1 175,000 Less COGS DM 35,000 DL 26,250 O/H 53,100 114,350 GP 60,650 Less Op. Exp Selling: Variable: Sales 14,000 Commission Shipping 3,500 17,50...</div><b>Date Added:</b> 2009-06-03 14:58:27<br /><br /></td></tr>
                            <tr><td><b><a href="/file/3609295/readmepublicgoods/">readme_publicgoods.txt</a></b><br /><b>Path:</b> Yale >> RP >> 269 Fall, 2009<br /><div><b>Description:</b> publicgoods_readme &lt;bridges&gt; year means starting from the end of March of that year. ex) year 1973 is from March 31st 1973 to March 31st 1974 &lt;canals&gt; year means starting from the end of March of that year. ex) year 1973 is from March 31st 1973 to ...</div><b>Date Added:</b> 2009-06-03 14:58:54<br /><br /></td></tr>
                            <tr><td><b><a href="/file/3609401/Homework2/">Homework2.doc</a></b><br /><b>Path:</b> Acton School of Business >> CHEM >> 547 Fall, 2009<br /><div><b>Description:</b> Chemistry 547, Supramolecular Chemistry 2008 Homework #2. Due on Monday November 17th by 5 pm. 1. Sketch the primary structure of a RGDTI peptide (pay attention to stereochemistry), calculate its molecular weight, and describe how this peptide can be...</div><b>Date Added:</b> 2009-06-03 14:59:15<br /><br /></td></tr>
                            <tr><td><b><a href="/file/3609503/casepresentationgrade/">case_presentation_grade.doc</a></b><br /><b>Path:</b> NYIT >> MIST >> 705 Spring, 2009<br /><div><b>Description:</b> Case Presentation / Discussion Leadership Grade (20 points total) CASE: _ PRESENTER: _ CASE PRESENTATION (10 POINTS) Quality of preparation (3 points)      Case Overview slide Brief Background slides Key issues side Answers to assigned questions sli...</div><b>Date Added:</b> 2009-06-03 14:59:44<br /><br /></td></tr>
                            <tr><td><b><a href="/file/3609579/busPlan4/">busPlan4.doc</a></b><br /><b>Path:</b> Mississippi State >> ECE >> 4542 Fall, 2009<br /><div><b>Description:</b> 1 Executive Summary Organizational Systems L.L.C. is the newest major distributor of electronic organizational supplies. Organizational Systems L.L.C. has developed a new CD Organizer system that allows quick retrieval and practical storage of CDs....</div><b>Date Added:</b> 2009-06-03 14:59:58<br /><br /></td></tr>
                            <tr><td><b><a href="/file/3609641/Intro16general/">Intro16general.ppt</a></b><br /><b>Path:</b> HWS >> PSYCH >> 100 Fall, 2009<br /><div><b>Description:</b> Preview  Labeling  Biological, Sociocultural, Behavioral, Psychodynamic, Cognitive perspectives  Predisposing, Precipitating, Maintaining factors  Why sex differences in diagnosis? Mental Disorders  The issue of labeling  Rosenhan (1973) Perspectiv...</div><b>Date Added:</b> 2009-06-03 15:00:09<br /><br /></td></tr>
                            <tr><td><b><a href="/file/3609820/tel680class03/">tel680class03.ppt</a></b><br /><b>Path:</b> Iona >> TEL >> 680 Fall, 2009<br /><div><b>Description:</b> Process Management A process is a program in some state of execution. Processes can be user applications. Processes can be operating system task running outside the kernel. Processes can execute in user mode or kernel mode.   1 Process States ...</div><b>Date Added:</b> 2009-06-03 15:00:49<br /><br /></td></tr>
                            <tr><td><b><a href="/file/3610245/lecture7/">lecture7.ppt</a></b><br /><b>Path:</b> Alabama Huntsville >> EE >> 384 Fall, 2009<br /><div><b>Description:</b> FOURIER SERIES . Any periodic signal can be approximated with a sum of harmonically related sinusoids :     ...</div><b>Date Added:</b> 2009-06-03 15:02:09<br /><br /></td></tr>
                            <tr><td><b><a href="/file/3611216/cisc3321f05/">cisc3321_f05.doc</a></b><br /><b>Path:</b> Mary Hardin-Baylor >> CISC >> 3321 Fall, 2009<br /><div><b>Description:</b> UNIVERSITY OF MARY HARDINBAYLOR  COMPUTER SCIENCE CLASS SYLLABUS  Fall, 2005 GENERAL INFORMATION Course Number: Course Title: Number of Credits: Location of Class: Meeting Time: Professor: Office: Office Hours: Office Phone: Email: Class webpage: CIS...</div><b>Date Added:</b> 2009-06-03 15:05:37<br /><br /></td></tr>
                            <tr><td><b><a href="/file/3611373/KMeansExample/">KMeansExample.doc</a></b><br /><b>Path:</b> South Carolina Upstate >> SHIM >> 450 Fall, 2009<br /><div><b>Description:</b> K-Means Clustering Example K-Means Clustering  Example We recall from the previous lecture, that clustering allows for unsupervised learning. That is, the machine / software will learn on its own, using the data (learning set), and will classify the...</div><b>Date Added:</b> 2009-06-03 15:06:05<br /><br /></td></tr>
                            <tr><td><b><a href="/file/3612022/comp/">comp.txt</a></b><br /><b>Path:</b> Moravian >> CS >> 121 Fall, 2009<br /><div><b>Description:</b> 0 b b -1 0 0 1 1 0 1 0 1 1 0 R 0 1 1 R 0 ...</div><b>Date Added:</b> 2009-06-03 15:07:56<br /><br /></td></tr>
                            <tr><td><b><a href="/file/3612208/l2memory/">l2memory.doc</a></b><br /><b>Path:</b> CUNY Baruch >> CS >> 430 Fall, 2009<br /><div><b>Description:</b> Lab 2  CSc 430  Prof Domanski  Memory Game  Extensions The objective of this lab is to extend the operation of the program. You\'ll be adding a timer that controls how  long the player gets to study the \'board\' before the values disappear. This timer...</div><b>Date Added:</b> 2009-06-03 15:08:26<br /><br /></td></tr>
                            <tr><td><b><a href="/file/3612423/lecture011009/">lecture011009.txt</a></b><br /><b>Path:</b> Dickinson State >> CS >> 372 Fall, 2009<br /><div><b>Description:</b> 134.129.90.13 - - [09/Oct/2001:10:50:17 -0500] \&quot;GET /instruct/juell/cs372f01/home.html HTTP/1.0\&quot; 200 3704 134.129.90.13 - - [09/Oct/2001:10:50:18 -0500] \&quot;GET /instruct/juell/cs372f01/class/s-leaf.jpg HTTP/1.0\&quot; 304 - 134.129.90.13 - - [09/Oct/2001:10:...</div><b>Date Added:</b> 2009-06-03 15:09:12<br /><br /></td></tr>
                            <tr><td><b><a href="/file/3612872/mysql1/">mysql1.ppt</a></b><br /><b>Path:</b> GWU >> CS >> 146 Fall, 2009<br /><div><b>Description:</b> CS146 References: ORACLE 9i PROGRAMMING A Primer Rajshekhar Sunderraman http:/www.answers.com/ http:/www.wikipedia.org/ Where ?  Run sql queries directly from http:/ phpmyadmin.student.seas.gwu.edu/ Tables  A relation from the relational data mode...</div><b>Date Added:</b> 2009-06-03 15:10:43<br /><br /></td></tr>
                            <tr><td><b><a href="/file/3613115/grades-latest-2/">grades-latest-2.txt</a></b><br /><b>Path:</b> Rutgers >> CS >> 352 Spring, 2006<br /><div><b>Description:</b> , ,  0000AAAA, Midterm  I, Midterm II, Homework I, Homework II, Part1, Part1 Notes, Part 2, Part 2 nodes, Final,  12771DA6, 76, 94, 87,  13A09359, 60, 78, 81, 56, Compilation failed (server),  13FF079A, 29, 0,  17ECF96B, 37, 64, 90,  21E92A17, No sub...</div><b>Date Added:</b> 2009-06-03 15:11:30<br /><br /></td></tr>
                            <tr><td><b><a href="/file/3613159/05LMAPGC01/">05LMAPGC01.DOC</a></b><br /><b>Path:</b> St. Ambrose >> CSCI >> 240 Fall, 2009<br /><div><b>Description:</b> 1 CHAPTER 1 With the development of the Microsoft Macro Assembler (MASM) version 6.1, you now have more options available to you for approaching a programming task. This chapter explains the general concepts of programming in assembly language, begi...</div><b>Date Added:</b> 2009-06-03 15:11:42<br /><br /></td></tr>
                            <tr><td><b><a href="/file/3613443/set9a/">set9a.ppt</a></b><br /><b>Path:</b> SUNY Buffalo >> BIO >> 130 Fall, 2009<br /><div><b>Description:</b> Stem Cells and Type I Diabetes  Dr. James Thomson was the first to succesfully isolate and culture human embryonic stem cells at the University of Wisconsin-Madison (1998).  Blastocyst cells are the source for embryonic stem cells, and are self-susta...</div><b>Date Added:</b> 2009-06-03 15:12:43<br /><br /></td></tr>
                            <tr><td><b><a href="/file/3613542/EnergyWork2001/">EnergyWork2001.doc</a></b><br /><b>Path:</b> Rutgers >> PHYSICS >> 161 Fall, 2009<br /><div><b>Description:</b> ENERGY and WORK Purpose:  To understand work, potential energy, &amp; kinetic energy.  To understand conservation of energy and how energy is converted from one form to the other. Apparatus: Low friction track, cart, timer, pulley, string, meter stick, b...</div><b>Date Added:</b> 2009-06-03 15:13:02<br /><br /></td></tr>
                            <tr><td><b><a href="/file/3613900/TheNewPlagiarismtjrjf/">The_New_Plagiarism_tjr_jf.ppt</a></b><br /><b>Path:</b> Millersville >> HARMONY >> 320 Fall, 2009<br /><div><b>Description:</b> The New Plagiarism  Web page complete by Monday  linked to main page. I will collect portfolios  again on Monday through Stayer Classroom Lab.  Web page includes link to WebQuest, Analysis of Webquest,   Explanation of why your New scoring guide is ...</div><b>Date Added:</b> 2009-06-03 15:14:17<br /><br /></td></tr>
                            <tr><td><b><a href="/file/3613901/TheNewPlagiarismtjrjf/">The_New_Plagiarism_tjr_jf.ppt</a></b><br /><b>Path:</b> Millersville >> ELED >> 320 Fall, 2009<br /><div><b>Description:</b> The New Plagiarism  Web page complete by Monday  linked to main page. I will collect portfolios  again on Monday through Stayer Classroom Lab.  Web page includes link to WebQuest, Analysis of Webquest,   Explanation of why your New scoring guide is ...</div><b>Date Added:</b> 2009-06-03 15:14:17<br /><br /></td></tr>
                            <tr><td><b><a href="/file/3614312/courseOutline/">courseOutline.doc</a></b><br /><b>Path:</b> UPR Mayagüez >> ICOM >> 4036 Fall, 2009<br /><div><b>Description:</b> Department of Electrical and Computer Engineering University of Puerto Rico Mayagez Campus ICOM 4036  Structure and Properties of Programming Languages Course Outline  Fall 2004 Topics Course Introduction and Overview Programming Paradigms I: Low-le...</div><b>Date Added:</b> 2009-06-03 15:15:30<br /><br /></td></tr>
                            <tr><td><b><a href="/file/3615040/settingldpath/">setting_ld_path.txt</a></b><br /><b>Path:</b> NMSU >> CS >> 371 Fall, 2009<br /><div><b>Description:</b> setenv LD_LIBRARY_PATH /home/CS273/lib:/home/uni1/jeffery/371/share/OpenSceneGraph/lib:/home/uni1/jeffery/371/share/OpenSceneGraph/lib/osgPlugins:/home/uni1/jeffery/371/share/OpenThreads/lib:/home/uni1/jeffery/371/share/Producer/lib:/home/uni1/jeffer...</div><b>Date Added:</b> 2009-06-03 15:18:36<br /><br /></td></tr>
                            <tr><td><b><a href="/file/3615212/3COSOICFrameworkandGovernance/">3COSOICFrameworkandGovernance.ppt</a></b><br /><b>Path:</b> St. Thomas >> QMCS >> 419 Fall, 2009<br /><div><b>Description:</b> COSO (1992/1994) Internal Control Framework (Developed by Brian Shapiro, modified by Joe Komar) With a Closer Look at Corporate Governance and the Tone at the Top Internal Control (SAS 78 (1995) adopted this COSO definition)  A process effected by a...</div><b>Date Added:</b> 2009-06-03 15:19:28<br /><br /></td></tr>
                            <tr><td><b><a href="/file/3615352/ic1613u40401/">ic1613_u40401.txt</a></b><br /><b>Path:</b> NMSU >> IC >> 1613 Fall, 2009<br /><div><b>Description:</b> u40401 u40401 1.630000 1.630000 62.000000 62.000000 u40401 u40401 1.630000 1.630000 62.000000 62.000000 u40401 u40401 1.630000 1.630000 62.000000 62.000000 u40401 u40401 1.630000 1.630000 62.000000 62.000000 u40402 u40401 1.630000 1.630000 62.000000 ...</div><b>Date Added:</b> 2009-06-03 15:19:54<br /><br /></td></tr>
                            <tr><td><b><a href="/file/3615459/commercial20credits/">commercial%20credits.txt</a></b><br /><b>Path:</b> RIT >> P >> 09231 Fall, 2009<br /><div><b>Description:</b> &lt;html&gt;&lt;head&gt; &lt;meta HTTP-EQUIV=\&quot;REFRESH\&quot; content=\&quot;0; url=/content/P09231/public/commercial credits.txt\&quot;&gt;&lt;/head&gt;&lt;/html&gt;...</div><b>Date Added:</b> 2009-06-03 15:20:18<br /><br /></td></tr>
                            <tr><td><b><a href="/file/3615657/score/">score.txt</a></b><br /><b>Path:</b> Michigan >> EECS >> 451 Fall, 2008<br /><div><b>Description:</b> EECS 451 W04 scores/grades A \&quot;1\&quot; in first entry of \&quot;level\&quot; mean graduate student grading. A -1 in HW indicates the \&quot;emergency pass.\&quot; Exam % was 25  25  30, unless \&quot;alternate %\&quot; (see \&quot;|a\&quot;) :15  30  35 For computing exam %, scores were shifted by: u=0...</div><b>Date Added:</b> 2009-06-03 15:21:03<br /><br /></td></tr>
                            <tr><td><b><a href="/file/3615801/ueberhaus/">ueberhaus.ppt</a></b><br /><b>Path:</b> Michigan >> GERMAN >> 325 Fall, 2008<br /><div><b>Description:</b> Das berhaus Haus der Zukunft bersicht  Solararchitektur -passiv Solarenergienutzung  Solar Warmwasserbereiter -Geschichte -Wie es funktioniert  Wind- und Wasserkraftanlagen -Warum? Wieviel Energie? -Kosten Solararchitektur Prinzipen:  Orientierung...</div><b>Date Added:</b> 2009-06-03 15:21:47<br /><br /></td></tr>
                            <tr><td><b><a href="/file/3615804/MySingle/">MySingle.ppt</a></b><br /><b>Path:</b> Michigan >> DOCUMENT >> 2025 Fall, 2009<br /><div><b>Description:</b> ATLAS Single Chamber Readout Data Recorder or Test Fixture for a Single MDT Chamber June 18-19, 2003     ATLAS Key Designers        ASD  John Oliver/Christoph Posh AMT  Yasuo Arai CSM  Bob Ball  Tiesheng Dai Linu...</div><b>Date Added:</b> 2009-06-03 15:21:48<br /><br /></td></tr>
                            <tr><td><b><a href="/file/3616010/out10/">out10.txt</a></b><br /><b>Path:</b> RIT >> PROJECT >> 440 Fall, 2009<br /><div><b>Description:</b> .X. .XXX. .XX.X. .XX.XXXX .X.X. XXXXXX. X.XX .X.XX. XXX.XX.X .X.X X.XXXXX .XXX. XX.X. X.XXXX.X .X.X XXXX.XX .XXX. .XX.X X.XX.XXX .X.X. ...</div><b>Date Added:</b> 2009-06-03 15:22:25<br /><br /></td></tr>
                            <tr><td><b><a href="/file/3616182/jgan/">jgan.txt</a></b><br /><b>Path:</b> Sanford-Brown Institute >> CS >> 190 Fall, 2009<br /><div><b>Description:</b> Copy into your editor, fill in the blanks, and place in directory /pro/web/web/courses/cs190/2007/handins/1-26/LOGIN.txt.  Replace LOGIN with your CS login. This information will be used to help guide class content and project groups.  It will also ...</div><b>Date Added:</b> 2009-06-03 15:22:59<br /><br /></td></tr>
                            <tr><td><b><a href="/file/3616238/teachingSheet3/">teachingSheet3.doc</a></b><br /><b>Path:</b> Michigan >> N >> 352 Fall, 2009<br /><div><b>Description:</b> Second Trimester 1 Second Trimester Teaching Sheets INFORMATION ABOUT PREGNANCY: SECOND TRIMESTER WEEKS 14  26 References for listed page numbers are at the end of these sheets. ABOUT MAKING LIFESTYLE CHANGES AND ADAPTING TO PREGNANCY 1. I have info...</div><b>Date Added:</b> 2009-06-03 15:23:12<br /><br /></td></tr>
                            <tr><td><b><a href="/file/3616428/gtkradiant/">gtkradiant.ppt</a></b><br /><b>Path:</b> Sanford-Brown Institute >> CS >> 196 Fall, 2009<br /><div><b>Description:</b> GtkRadiant help session CS 196-2 By Alex Rice Accessing GtkRadiant On a windows machine run /course/cs196-2/Q3Editor/GtkEditor.exe or Download it at www.qeradiant.com we\'re using version GtkRadiant 1.5.0 beta - build 01-16 On Start   Make sure you ...</div><b>Date Added:</b> 2009-06-03 15:24:09<br /><br /></td></tr>
                            <tr><td><b><a href="/file/3616432/TIGER/">TIGER.doc</a></b><br /><b>Path:</b> Michigan >> AERO >> 729 Fall, 2009<br /><div><b>Description:</b> Steps in performing a quick basic TIGERWIN calculation When Tiger is opened: Click new formulation to open input box Type composition name, eg aluminized anfo Type formulation name, eg alanfo1 Select ingredient from list, Eg; al 4.5%; an 90%; fue...</div><b>Date Added:</b> 2009-06-03 15:24:10<br /><br /></td></tr>
                            <tr><td><b><a href="/file/3616675/l7-memory-gloss-mac/">l7-memory-gloss-mac.ppt</a></b><br /><b>Path:</b> Michigan >> LECTURE >> 502 Fall, 2009<br /><div><b>Description:</b> SI502 Lecture 7 (Gloss): Memory Example  Jeff MacKie-Mason Lecture 7: Remembering - Gloss SI 502 1 Memory: Extending human mind with information systems  Problem:  100 client workstations do frequent full-text searches on a 10GB document archive:...</div><b>Date Added:</b> 2009-06-03 15:25:06<br /><br /></td></tr>
                            <tr><td><b><a href="/file/3616674/l7-memory-gloss-mac/">l7-memory-gloss-mac.ppt</a></b><br /><b>Path:</b> Michigan >> SI >> 502 Fall, 2008<br /><div><b>Description:</b> SI502 Lecture 7 (Gloss): Memory Example  Jeff MacKie-Mason Lecture 7: Remembering - Gloss SI 502 1 Memory: Extending human mind with information systems  Problem:  100 client workstations do frequent full-text searches on a 10GB document archive:...</div><b>Date Added:</b> 2009-06-03 15:25:06<br /><br /></td></tr>
                            <tr><td><b><a href="/file/3616804/Lecture04a/">Lecture04a.ppt</a></b><br /><b>Path:</b> Texas Tech >> PHYS >> 1306 Fall, 2009<br /><div><b>Description:</b> Analytic Method of Addition Resolution of vectors into components: YOU MUST KNOW &amp; UNDERSTAND TRIGONOMETERY TO UNDERSTAND THIS!  Any vector can be expressed as the sum of two other vectors, called its components. Usually, the other vectors are chos...</div><b>Date Added:</b> 2009-06-03 15:25:33<br /><br /></td></tr>
                            <tr><td><b><a href="/file/3617359/1161Q1/">1161Q1.doc</a></b><br /><b>Path:</b> Wisconsin >> PSY >> 741 Fall, 2009<br /><div><b>Description:</b> Negative reinforcement is one of the initial explanations for the motivation of addicted individuals to use drugs. Baker\'s model of negative reinforcement serves to revise previous theories that have declined in popularity. Previous negative affect s...</div><b>Date Added:</b> 2009-06-03 15:27:28<br /><br /></td></tr>
                            <tr><td><b><a href="/file/3617369/Week3a/">Week3a.ppt</a></b><br /><b>Path:</b> Wisconsin >> G >> 724 Fall, 2009<br /><div><b>Description:</b> Conceptual Model A descriptive representation of a groundwater system that incorporates an interpretation of the geological &amp; hydrological conditions. Generally includes information about the water budget. Mathematical Model a set of equations that ...</div><b>Date Added:</b> 2009-06-03 15:27:30<br /><br /></td></tr>
                            <tr><td><b><a href="/file/3617407/jpegencoderspec/">jpeg_encoder_spec.txt</a></b><br /><b>Path:</b> Benjamin Franklin Institute of Technology >> ECE >> 3552 Fall, 2009<br /><div><b>Description:</b> JPEG_OUT1 352 288 90 JPEG_OUT2 640 480 100 JPEG_OUT3 176 120 100 JPEG_OUT4 640 480 40 ...</div><b>Date Added:</b> 2009-06-03 15:27:37<br /><br /></td></tr>
                            <tr><td><b><a href="/file/3617442/Mar137a/">Mar13(7a).ppt</a></b><br /><b>Path:</b> Boise State >> ME >> 280 Fall, 2008<br /><div><b>Description:</b> Configuration Design   Turn in H6   What is a product configuration? What is a part configuration? Product architecture design Part configuration design H7: 7.111 odd, 13,14,16,18,22      What is configuration design? For example: Design problem...</div><b>Date Added:</b> 2009-06-03 15:27:47<br /><br /></td></tr>
                            <tr><td><b><a href="/file/3617590/upperlowerprocessed/">upperlowerprocessed.txt</a></b><br /><b>Path:</b> Michigan >> SI >> 618 Fall, 2008<br /><div><b>Description:</b> arizona-001lc	1994	1 arizona-001lc	1998	1 arizona-001lc	2001	1 arizona-001lc	2002	1 arizona-001lc	age	1 arizona-001lc	area	1 arizona-001lc	be  	1 arizona-001lc	be I 	1 arizona-001lc	be I able 	1 arizona-001lc	be they 	1 arizona-001lc	campus	1 arizona...</div><b>Date Added:</b> 2009-06-03 15:28:24<br /><br /></td></tr>
                            <tr><td><b><a href="/file/3617607/014/">014.txt</a></b><br /><b>Path:</b> Stanford >> CTYS >> 1002 Fall, 2009<br /><div><b>Description:</b> Docket as of February 24, 1999 [retrieved 6/2/99] Proceedings include all events.                                   MAG 1:98cv876 Biller v. Cityscape Financial, et al                                                                   1md98  1234     ...</div><b>Date Added:</b> 2009-06-03 15:28:28<br /><br /></td></tr>
                            <tr><td><b><a href="/file/3617658/01TSDrvApprox02/">01_TS_DrvApprox_02.doc</a></b><br /><b>Path:</b> SDSMT >> MATH >> 373 Fall, 2009<br /><div><b>Description:</b> Department of Mathematics and Computer Science South Dakota School of Mines and Technology Math 373 01_TS_DervApprox_02 1. Use Taylor Series to obtain forward and backward approximations of the first derivative. Include the error term and show the O...</div><b>Date Added:</b> 2009-06-03 15:28:41<br /><br /></td></tr>
                            <tr><td><b><a href="/file/3617882/Lecture9handout/">Lecture9_handout.doc</a></b><br /><b>Path:</b> SUNY Buffalo >> GLY >> 102 Fall, 2009<br /><div><b>Description:</b> GLY 102  Global Environmental Science part 2 Handout for Lectures 9 Hazard o the general term for anything which has the ability to potentially cause harm or injury. 0. hazardous materials include: flammables, explosives, irritants, sensitizers, acid...</div><b>Date Added:</b> 2009-06-03 15:29:30<br /><br /></td></tr>
                            <tr><td><b><a href="/file/3618597/A-610SOE4-PortEntry/">A-610SOE4-PortEntry.doc</a></b><br /><b>Path:</b> Purdue >> EDFA >> 610 Fall, 2009<br /><div><b>Description:</b> EDFA 610 SUPERVISION OF INSTRUCTION PORTFOLIO ENTRY SOE STANDARD 4  COMMUNICATION SUMMER, 2006 For each course in the administration sequence, the candidate will create two portfolio entries, one from the general SOE standards list (there are seven ...</div><b>Date Added:</b> 2009-06-03 15:32:16<br /><br /></td></tr>
                            <tr><td><b><a href="/file/3618738/01-FlyerforMIC100/">01-Flyer_for_MIC_100.doc</a></b><br /><b>Path:</b> UC Davis >> LOG >> 0511 Fall, 2009<br /><div><b>Description:</b> MICROBIOLOGY 100-CHEMICAL AND BIOLOGICAL WEAPONS GE CREDIT-SOCIAL SCIENCE OR SCIENCE AND ENGINEERING THE AGENTS diseases as weapon-anthrax, smallpox, tularemia, botulinum toxin, etc poisons as weapons-tear gas, mustard gas, nerve gas, psychedelics, e...</div><b>Date Added:</b> 2009-06-03 15:32:51<br /><br /></td></tr>
                            <tr><td><b><a href="/file/3618864/g29dasrunssf/">g29d_asrunssf.txt</a></b><br /><b>Path:</b> UCLA >> G >> 0003 Fall, 2009<br /><div><b>Description:</b> $GLL       SPACECRAFT SEQUENCE FILE *SSF        PSDT*TDAY.SSF/G29D-ARF *LEVEL      SEB *PREP       C.POLANSKEY X3-7874/D.BLUHM X3-1129 *RUNID      QODCB *PROGRAM    SEQGEN 00-027/10:43:58.000 *CREATION   01-176/09:40:18.763 *BEGIN      01-135/00:00:0...</div><b>Date Added:</b> 2009-06-03 15:33:16<br /><br /></td></tr>
                            <tr><td><b><a href="/file/3619256/ps2/">ps2.doc</a></b><br /><b>Path:</b> Davidson >> ECO >> 101 Fall, 2009<br /><div><b>Description:</b> Davidson  College Department  of Economics Principles  of Economics Due Friday, September  13th, in class1 Mark  C. Foley Fall 2002 Problem  Set #2 Short Answers     1. Find  a  recent  newspaper  or  magazine  article  which  describes  a  marke...</div><b>Date Added:</b> 2009-06-03 15:34:51<br /><br /></td></tr>
                            <tr><td><b><a href="/file/3619483/hw03/">hw03.txt</a></b><br /><b>Path:</b> Michigan Flint >> CSC >> 335 Fall, 2009<br /><div><b>Description:</b> Exercises due Thursday February 5 Fourier Analysis lab.  Complete the following problem involving Java, HTML, and Fourier Analysis (10 points): In this exercise, you will be performing Fourier Analysis, which you should be familiar with as a means ...</div><b>Date Added:</b> 2009-06-03 15:35:55<br /><br /></td></tr>
                            <tr><td><b><a href="/file/3620292/iepsych349-labschedule-fall2007/">iepsych349-labschedule-fall2007.doc</a></b><br /><b>Path:</b> Wisconsin >> ENGR >> 349 Fall, 2009<br /><div><b>Description:</b> Lab Schedule for ISyE/Psych 349 (Fall 2007)  Introduction to Human Factors Engineering Instructor: Professor Ben-Tzion Karsh Calvin Or  TA (Tuesday, Thursday) Office hour: Tuesday 3:30-4:30pm Office: Rm 3217 Mechanical Engineering Email: or@wisc.edu ...</div><b>Date Added:</b> 2009-06-03 15:38:57<br /><br /></td></tr>
                            <tr><td><b><a href="/file/3620322/exam1review/">exam1review.ppt</a></b><br /><b>Path:</b> Wisconsin >> ENGR >> 423 Fall, 2009<br /><div><b>Description:</b> EXAM 1 REVIEW Problems: 2, 4, 5, and 6 1 NEEP 423 Lesson 13 Exam 1 Problem 2 To reduce fuel cladding chemical interactions (FCCI), it has been proposed that a thin diffusion barrier material film be deposited on the inner surface of the cladding ...</div><b>Date Added:</b> 2009-06-03 15:39:02<br /><br /></td></tr>
                            <tr><td><b><a href="/file/3620419/syllabus/">syllabus.doc</a></b><br /><b>Path:</b> Wisconsin >> ME >> 363 Fall, 2008<br /><div><b>Description:</b> Text: Fluid Mechanics by White, 5th Edition Lectures on . Homework (Due) Sep 3 Introduction Chap 1; App. E -Sep 8 Forces on fluids 63-74 Sheet #1 Sep 10 Hydrostatics; manometry and forces 74-86 P2: 6(b), 11, 13, 19, 39 Sep 13 Buoyancy and stability; ...</div><b>Date Added:</b> 2009-06-03 15:39:20<br /><br /></td></tr>
                            <tr><td><b><a href="/file/3620609/bme301pr6/">bme301pr6.doc</a></b><br /><b>Path:</b> Wisconsin >> BME >> 300 Fall, 2008<br /><div><b>Description:</b> Project: Vertebroplasty Team Members: Bayley Denham, Mike Kosir, Mike Wells, Kelly Williams Client: Micheal Tuite Date: 02/24/03-03/03/03 Problem Statement: To create a syringe modification capable of creating enough pressure to dispense a ten millil...</div><b>Date Added:</b> 2009-06-03 15:39:54<br /><br /></td></tr>
                            <tr><td><b><a href="/file/3620641/README13/">README13.TXT</a></b><br /><b>Path:</b> Wisconsin >> PSY >> 710 Fall, 2009<br /><div><b>Description:</b> Sheet1 Read Me File, Chapter 13 Leona Aiken Arizona State University Readme13.txt Note: If you are using this CD for the first time, be sure to read the file \&quot;ReadmeCDROM.txt\&quot; or \&quot;ReadmeCDROM.rtf\&quot; before you start. This gives instructions for copyin...</div><b>Date Added:</b> 2009-06-03 15:40:01<br /><br /></td></tr>
                            <tr><td><b><a href="/file/3620860/toolcabthrusday11/">toolcab_thrusday_11.ppt</a></b><br /><b>Path:</b> Wisconsin >> ENGR >> 160 Fall, 2009<br /><div><b>Description:</b> Jenny Binzley Thursday 11:00-2:00 SA: Christine ...</div><b>Date Added:</b> 2009-06-03 15:40:58<br /><br /></td></tr>
                            <tr><td><b><a href="/file/3621034/feb7writtensafetyprogram/">feb7writtensafetyprogram.ppt</a></b><br /><b>Path:</b> Wisconsin >> ENGR >> 556 Fall, 2009<br /><div><b>Description:</b> Written Safety Programs, Training, and Communication February 7, 2006 Elements of a Successful Safety Program  Management commitment and employee involvement  Hazard identification and analysis  Hazard prevention and control  Training and education ...</div><b>Date Added:</b> 2009-06-03 15:41:27<br /><br /></td></tr>
                            <tr><td><b><a href="/file/3621037/hw8/">hw8.doc</a></b><br /><b>Path:</b> Wisconsin >> ENGR >> 556 Fall, 2009<br /><div><b>Description:</b> ISyE 556  Occupational Safety and Health Engineering Spring 2006 Instructor: TW Loushine Homework #8 (4 pts total, 1 pt each) Assigned: March 21 Due: March 23, by the start of class via Email to: twloushine@wisc.edu Your Email subject line should rea...</div><b>Date Added:</b> 2009-06-03 15:41:28<br /><br /></td></tr>
                            <tr><td><b><a href="/file/3621332/Wire/">Wire.ppt</a></b><br /><b>Path:</b> Mich Tech >> EE >> 5900 Fall, 2008<br /><div><b>Description:</b> Advanced Algorithms for Robust VLSI CAD Dr. Shiyan Hu Office: EERC 731 The Wires Adapted and modified from Digital Integrated Circuits: A Design Perspective by Jan M. Rabaey, Anantha Chandrakasan, and Borivoje Nikolic. EE141  Digital Integrated Cir...</div><b>Date Added:</b> 2009-06-03 15:42:25<br /><br /></td></tr>
                            <tr><td><b><a href="/file/3621357/relnotes/">relnotes.txt</a></b><br /><b>Path:</b> Mich Tech >> ME >> 5700 Fall, 2009<br /><div><b>Description:</b> = RELEASE NOTES FOR SIGLAB ver 3.24                                 11-Nov-99 = GENERAL: - SigLab v3.2.4 addresses the problem observed on some NT computers (mostly  laptops) with Service Pack 4.0 and greater whereby the SCSI Inquiry string returned...</div><b>Date Added:</b> 2009-06-03 15:42:29<br /><br /></td></tr>
                            <tr><td><b><a href="/file/3621487/335-3/">335-3.txt</a></b><br /><b>Path:</b> Michigan >> CSC >> 335 Fall, 2009<br /><div><b>Description:</b> CSC 335 Winter 2003:  Review for Exam 3 This test covers all material covered in class from Monday March 10 up to and including Friday April 4, 2003.  This includes Chapter 3, from sliding windows on, to chapter 5, in the discussion of routing algor...</div><b>Date Added:</b> 2009-06-03 15:42:56<br /><br /></td></tr>
                            <tr><td><b><a href="/file/3622402/intro-2-Zou/">intro-2-Zou.ppt</a></b><br /><b>Path:</b> UCF >> CDA >> 6938 Fall, 2008<br /><div><b>Description:</b> Honeypot, Botnet, Security Measurement, Email Spam Cliff C. Zou CDA6938 02/01/07 1 What Is a Honeypot? A honeypot is a faked vulnerable system used for the purpose of being attacked, probed, exploited and compromised. 2 Example of a Simple Honeyp...</div><b>Date Added:</b> 2009-06-03 15:46:08<br /><br /></td></tr>
                            <tr><td><b><a href="/file/3622874/log/">log.txt</a></b><br /><b>Path:</b> Washington >> V >> 28160 Fall, 2009<br /><div><b>Description:</b> 000 (40081.000.000) 12/26 22:15:41 Job submitted from host: &lt;128.95.94.28:1084&gt; . 001 (40081.000.000) 12/27 07:22:03 Job executing on host: &lt;172.25.101.69:1056&gt; . 006 (40081.000.000) 12/27 07:42:10 Image size of job updated: 364036 . 005 (40081.000.0...</div><b>Date Added:</b> 2009-06-03 15:47:52<br /><br /></td></tr>
                            <tr><td><b><a href="/file/3622884/TC518-UCD-week3/">TC518-UCD-week3.ppt</a></b><br /><b>Path:</b> Washington >> TC >> 518 Fall, 2009<br /><div><b>Description:</b> A Fundamental Challenge  Imagine a world where designers  Realize that they are making decisions that affect users  Make these decisions based on knowledge about users, tasks, and contexts, rather than assumptions Project Sharing Team discussions  S...</div><b>Date Added:</b> 2009-06-03 15:47:54<br /><br /></td></tr>
                            <tr><td><b><a href="/file/3623149/syllabus/">syllabus.doc</a></b><br /><b>Path:</b> CSU LA >> CS >> 242 Fall, 2009<br /><div><b>Description:</b> CS242 Syllabus Instructor: Jeffrey Miller, Ph.D. E-mail: jmiller6@calstatela.edu Web Page: http:/www.calstatela.edu/faculty/jmiller6/cs242-summer2007 Office: E&amp;T A325 Phone: 323-343-6690 Class Time: Monday/Wednesday 1:30-3:10p.m. Class Section:10377 ...</div><b>Date Added:</b> 2009-06-03 15:49:14<br /><br /></td></tr>
                            <tr><td><b><a href="/file/3623356/VarianceRatio/">VarianceRatio.txt</a></b><br /><b>Path:</b> Washington University in St. Louis >> M >> 408 Fall, 2009<br /><div><b>Description:</b>     To get started, type one of these: helpwin, helpdesk, or demo.   For product information, visit www.mathworks.com.   Water Diffusion across Human Chorioamnion Tissue    Data from textbook Table 4.1 p110 (2nd edn)   X: At term (approx 39weeks, Con...</div><b>Date Added:</b> 2009-06-03 15:50:01<br /><br /></td></tr>
                            <tr><td><b><a href="/file/3623597/basicanalog1/">basic_analog1.ppt</a></b><br /><b>Path:</b> UCSB >> ECE >> 224 Fall, 2009<br /><div><b>Description:</b> CERN Technical Training 2005 ELEC-2005 Electronics in High Energy Physics Spring term: Integrated circuits and VLSI technology for physics Basic Analog Design Giovanni Anelli 15 March 2005 Part I ELEC 2005 Outline  Part I  The MOS transistor: quic...</div><b>Date Added:</b> 2009-06-03 15:50:57<br /><br /></td></tr>
                            <tr><td><b><a href="/file/3623684/HW4/">HW4.doc</a></b><br /><b>Path:</b> UCSB >> EEMB >> 142 Winter, 2009<br /><div><b>Description:</b> Name: _ Section: _ Week 4 Problem Set UCSB EEMB 142b Winter 2009 1. For the data in the table below, sketch the temperature, density, and velocity profiles, calculate the buoyancy frequency (N) and the Richardson number. Indicate whether turbulence...</div><b>Date Added:</b> 2009-06-03 15:51:15<br /><br /></td></tr>
                            <tr><td><b><a href="/file/3623685/HW4/">HW4.doc</a></b><br /><b>Path:</b> UCSB >> WEEK >> 142 Winter, 2009<br /><div><b>Description:</b> Name: _ Section: _ Week 4 Problem Set UCSB EEMB 142b Winter 2009 1. For the data in the table below, sketch the temperature, density, and velocity profiles, calculate the buoyancy frequency (N) and the Richardson number. Indicate whether turbulence...</div><b>Date Added:</b> 2009-06-03 15:51:15<br /><br /></td></tr>
                            <tr><td><b><a href="/file/3624254/CleanBCModelData/">CleanBC_Model_Data.txt</a></b><br /><b>Path:</b> UC Riverside >> US >> 308 Fall, 2009<br /><div><b>Description:</b> Station             Col                 Row                 Year                Jdate               SO4_wdep            NO3_wdep            NH4_wdep             AL02                       101                  31                2002                   ...</div><b>Date Added:</b> 2009-06-03 15:53:10<br /><br /></td></tr>
                            <tr><td><b><a href="/file/3624416/cs170NNbigtest46/">cs170_NN_big_test_46.txt</a></b><br /><b>Path:</b> UC Riverside >> CS >> 170 Fall, 2008<br /><div><b>Description:</b>   2.0000000e+000  9.8219927e+001 -7.7025405e+001  1.6413680e+001 -3.7543724e+001  1.0307956e+001  2.3494674e+001  3.6154655e+001 -3.0561756e+001  3.7198096e+001 -6.0402446e+001 -4.0545312e+001  1.4580166e+001  1.4388821e+001  8.0341247e+000  1.303795...</div><b>Date Added:</b> 2009-06-03 15:53:56<br /><br /></td></tr>
                            <tr><td><b><a href="/file/3624794/EC-22-cs510fall2006softwareprocessdynamicsIII2/">EC-22-cs510fall2006softwareprocessdynamicsIII2.ppt</a></b><br /><b>Path:</b> USC >> CS >> 510 Fall, 2009<br /><div><b>Description:</b> University of Southern California Center for Systems and Software Engineering Software Process Dynamics III Ray Madachy madachy@usc.edu CSCI 510 November 17, 2006 1 11/17/06 University of Southern California Center for Systems and Software Engine...</div><b>Date Added:</b> 2009-06-03 15:55:10<br /><br /></td></tr>
                            <tr><td><b><a href="/file/3625274/T6PSR/">T6PSR.ppt</a></b><br /><b>Path:</b> USC >> CSCI >> 588 Fall, 2008<br /><div><b>Description:</b> Team 6 Status Review October 18, 2005 David Woollard (ID: 8735) Andrew Hart (ID: 4152) Peter Tipton (ID: 4594) Campus CSCI 588  FA05 David Woollard - Peter Tipton - Andrew Hart Topic Description  Graphical Development Environment for PS.LINDA Pa...</div><b>Date Added:</b> 2009-06-03 15:56:53<br /><br /></td></tr>
                            <tr><td><b><a href="/file/3625426/RLCAPackageEval/">RLCAPackageEval.doc</a></b><br /><b>Path:</b> USC >> CSCI >> 577 Fall, 2009<br /><div><b>Description:</b> CS577B Spring 2006 IV&amp;V Homework RLCA Package Evaluation Due February 28, 2007, 3:30pm 60 points Submission Guidelines: Post your evaluation package on your team website.  Task Review your team\'s RLCA package using the Agile Artifact Review (AAR) rev...</div><b>Date Added:</b> 2009-06-03 15:57:21<br /><br /></td></tr>
                            <tr><td><b><a href="/file/3625679/EarlyOCDIVVbF06aT15/">EarlyOCD_IVVb_F06a_T15.doc</a></b><br /><b>Path:</b> USC >> CSCI >> 577 Fall, 2009<br /><div><b>Description:</b> MBASE-Oriented Value-Based Specification Review Checklists (OCD) Operational Concept Description (OCD) Review Checklists 1. Introduction 1.1. Purpose 1.2. References Question  Have all citations and sources used in the preparation of this document b...</div><b>Date Added:</b> 2009-06-03 15:58:16<br /><br /></td></tr>
                            <tr><td><b><a href="/file/3625686/Week05PRF04aT15/">Week05_PR_F04a_T15.doc</a></b><br /><b>Path:</b> USC >> CSCI >> 577 Fall, 2009<br /><div><b>Description:</b> WEEKLY STATUS REPORT Team #15 Project: Data Mining From Report Files Week #5 Progress The tasks planned for the fifth week were: 1. 2. 3. 4. 5. 6. 7. Work towards LCO package for the ARB. Start working on Presentation for the ARB review. Submit the L...</div><b>Date Added:</b> 2009-06-03 15:58:17<br /><br /></td></tr>
                            <tr><td><b><a href="/file/3625897/postlabFS07exp10/">postlab_FS07_exp10.doc</a></b><br /><b>Path:</b> UMKC >> CHEM  >> 321 Fall, 2008<br /><div><b>Description:</b>  Professor Kathleen V. Kilway, Department of Chemistry, University of Missouri  Kansas City, 2006 Name GTA Lab Section Station # 10. X2 Addition to Alkenes: Bromination of trans-stilbene Post-lab report Fill out the appropriate sections below. ...</div><b>Date Added:</b> 2009-06-03 15:59:03<br /><br /></td></tr>
                            <tr><td><b><a href="/file/3626218/cis06806-4/">cis068_06-4.ppt</a></b><br /><b>Path:</b> Temple >> CIS >> 068 Fall, 2009<br /><div><b>Description:</b> Welcome to CIS 068 ! Events CIS 068 Overview Subjects:  Structured Programming vs. Event Driven Programming(EDP)  Events  Events in JAVA  GUIs as Example for EDP CIS 068 An Example The task: write a program,showing Menu  a menu  2 circles  2 butt...</div><b>Date Added:</b> 2009-06-03 16:00:15<br /><br /></td></tr>
                            <tr><td><b><a href="/file/3626299/MountainGorillas/">MountainGorillas.doc</a></b><br /><b>Path:</b> Sonoma >> GEOG >> 394 Fall, 2008<br /><div><b>Description:</b> Congo Violence Reaches Endangered Mountain Gorillas By JEFFREY GETTLEMAN Published: November 17, 2008 BULENGO, Congo - Jean-Marie Serundori wakes up every morning with gorillas on his mind. Walter Astrada for The New York Times \&quot;I wash my face, I st...</div><b>Date Added:</b> 2009-06-03 16:00:37<br /><br /></td></tr>
                            <tr><td><b><a href="/file/3626539/19-CtoAssem-bomb/">19-CtoAssem-bomb.txt</a></b><br /><b>Path:</b> Colorado State >> CS >> 270 Fall, 2008<br /><div><b>Description:</b> CS270 Colorado State University = C Control Flow = These notes cover C control flow, how C control-flow constructs map to LC3 and MIPS, and examples of such control flow in the class-bomb.c code. - If statements     if (condition) {        ...</div><b>Date Added:</b> 2009-06-03 16:01:25<br /><br /></td></tr>
                            <tr><td><b><a href="/file/3626632/draft061503Sun/">draft061503Sun.doc</a></b><br /><b>Path:</b> UNC >> COMP >> 290 Fall, 2008<br /><div><b>Description:</b> PDF to MP3 conversion: an alternative method to reading academic papers Dorian Miller Department of Computer Science University of North Carolina at Chapel Hill Abstract: The PDF to MP3 project provides alternative access to academic documents for th...</div><b>Date Added:</b> 2009-06-03 16:01:43<br /><br /></td></tr>
                            <tr><td><b><a href="/file/3627160/BE3720534600WC20050817/">BE3720534600WC20050817.txt</a></b><br /><b>Path:</b> UNC >> GEOG >> 591 Fall, 2008<br /><div><b>Description:</b> X,Y,Z 2541668.0600,369990.9100,42.7600 2541653.4000,369980.0300,42.9600 2541664.6100,369965.9900,42.1100 2541629.1500,369980.2300,42.7900 2541640.3900,369966.1500,42.4300 2541651.4400,369952.3200,42.4100 2541616.9700,369964.7300,42.5200 2541628.0100,...</div><b>Date Added:</b> 2009-06-03 16:03:32<br /><br /></td></tr>
                            <tr><td><b><a href="/file/3627288/120-10-23-europe/">120-10-23-europe.ppt</a></b><br /><b>Path:</b> UNC >> GEOG >> 120 Fall, 2008<br /><div><b>Description:</b> Today  Europe Econom ge ic ographie s C ultural ge ographie s Political ge ographie s  T. M. Whitmore Last Time  North Africa and Southwest Asia  Ancie lands, ne countrie nt w s  Political proble s m Europe Ge ographical location Physical e nvir...</div><b>Date Added:</b> 2009-06-03 16:04:00<br /><br /></td></tr>
                            <tr><td><b><a href="/file/3627702/ENVR133/">ENVR133.PPT</a></b><br /><b>Path:</b> UNC >> ENVR >> 133 Fall, 2008<br /><div><b>Description:</b> The Global Impacts of Land Use Change Karen De Vito, Jodi Koviach and Katja Weissbach ENVR 133 20 October 2000 Presentation Overview  Significance of Land-Use Change  Driving Forces of Land Use Change  Global Trends Over Time  Research Methods and ...</div><b>Date Added:</b> 2009-06-03 16:05:16<br /><br /></td></tr>
                            <tr><td><b><a href="/file/3627897/Enotypesadf/">Enotypes.adf.txt</a></b><br /><b>Path:</b> UNC >> ANTH >> 226 Fall, 2008<br /><div><b>Description:</b> #Cases# 9 #Variables# 9 #SITE$ PLAIN NET CORD COB FABRIC SIMPLE CHECK COMPLIC BRUSHED# #DH6 #  10.400 43.900 24.100 0.500 4.700 4.200 0.900  0.900 10.400 #DH7 #  4.800 75.500 7.500 0.0 10.200 0.0 0.0  0.0 2.000 #DH57 #  4.700 70.900 10.500 0.0 11.600...</div><b>Date Added:</b> 2009-06-03 16:05:52<br /><br /></td></tr>
                            <tr><td><b><a href="/file/3628447/lecture9/">lecture9.ppt</a></b><br /><b>Path:</b> UVA >> CS >> 205 Fall, 2008<br /><div><b>Description:</b> cs205: engineering software university of virginia         fall 2006 Data  Abstraction www.cs.virginia.edu/cs205 David Evans Managing Complexity  Modularity  Divided problem into procedures  Used specifications to separate what from  how  A big...</div><b>Date Added:</b> 2009-06-03 16:07:49<br /><br /></td></tr>
                            <tr><td><b><a href="/file/3628800/43204/">432_04.doc</a></b><br /><b>Path:</b> Cal Poly Pomona >> CE >> 432 Fall, 2009<br /><div><b>Description:</b> Lecture No. 2 Part I Wastewater Engineering - An Overview Chapter 4 pp. 215-310 1. General Wastewater may be defined as a combination of the liquid or water-carried wastes (feces, ground food) removed from residences, institutions and commercia...</div><b>Date Added:</b> 2009-06-03 16:09:04<br /><br /></td></tr>
                            <tr><td><b><a href="/file/3628889/Fa98191/">Fa9819~1.PPT</a></b><br /><b>Path:</b> Cal Poly Pomona >> HRT >> 225 Fall, 2009<br /><div><b>Description:</b> Hotel &amp; Restaurant Sanitation and Safety HRT 225 Fall 1998 Don St. Hilaire Monday, November 30th HRT 225 Cal Poly Pomona 1 Today\'s Class      Highlight Reading Assignment Discuss Homework #10 quiz Video: Preventing Cuts and Lacerations Exam Class Su...</div><b>Date Added:</b> 2009-06-03 16:09:21<br /><br /></td></tr>
                            <tr><td><b><a href="/file/3628904/hw10/">hw10.doc</a></b><br /><b>Path:</b> Cal Poly Pomona >> PHYS >> 130 Fall, 2009<br /><div><b>Description:</b> Chapter 10 Vectors, Projectiles, and Satellites  1)  Which of the following is not a vector quantity?  A) velocity  B) speed  C) acceleration  D) None are vector quantities.  E) All are vector quantities.  E)  600 m.  Satellites  9)  If a satellit...</div><b>Date Added:</b> 2009-06-03 16:09:23<br /><br /></td></tr>
                            <tr><td><b><a href="/file/3629892/284pr06spr97/">284pr06spr97.txt</a></b><br /><b>Path:</b> Cal Poly Pomona >> CIS  >> 284 Fall, 2009<br /><div><b>Description:</b> California State Polytechnic University, Pomona CIS 284-01      	Programming  with C+        	Dr. Stumpf Spring 1997       	Program #6 (20 points)   	Due:   May 29, 1997 Objective: To learn how to build an object that has the behavior of built in d...</div><b>Date Added:</b> 2009-06-03 16:13:24<br /><br /></td></tr>
                            <tr><td><b><a href="/file/3630137/Lab1-sum07/">Lab1-sum07.doc</a></b><br /><b>Path:</b> SHSU >> CS >> 147 Fall, 2008<br /><div><b>Description:</b> Lab #1 CS 147 Summer 2007 GUI Applications Lab Objectives     Be able to create a closeable window Be able to create panels containing buttons Be able to use different layouts Be able to handle button events Introduction In this lab, we will be crea...</div><b>Date Added:</b> 2009-06-03 16:14:11<br /><br /></td></tr>
                            <tr><td><b><a href="/file/3630545/21741/">21741.ppt</a></b><br /><b>Path:</b> Pittsburgh >> SUPER >> 7 Fall, 2009<br /><div><b>Description:</b> Earthquakes 2000 to 2005 From Indonesia to Pakistan Rashid A. Chotani, MD, MPH Director, Global Infectious Disease Surveillance &amp; Alert System (GIDSAS) for Humanitarian Assistance 410-502-3116/410-322-7469 rchotani@jhsph.edu Rashid Chotani, Friday, N...</div><b>Date Added:</b> 2009-06-03 16:15:36<br /><br /></td></tr>
                            <tr><td><b><a href="/file/3630947/syl7970/">syl7970.txt</a></b><br /><b>Path:</b> Auburn >> SMITH >> 01 Fall, 2009<br /><div><b>Description:</b> COURSE SYLLABUS Course Number: MATH7970 Course Title: SPECIAL TOPICS Credit Hours: Variable Prerequisites: Departmental approval Corequisite: Objectives:  To provide for the interested mathematics student the opportunity to study important mathemat...</div><b>Date Added:</b> 2009-06-03 16:17:16<br /><br /></td></tr>
                            <tr><td><b><a href="/file/3631411/lecture02/">lecture02.ppt</a></b><br /><b>Path:</b> Ill. Chicago >> PSYCH >> 242 Fall, 2009<br /><div><b>Description:</b> Psychology the methods of psychology the themes of psychology Natural Science Philosophy &amp; Humanities Psychology, like the humanities, is concerned with fundamental issues concerning human experience. However, psychologists use the methods of the...</div><b>Date Added:</b> 2009-06-03 16:19:01<br /><br /></td></tr>
                            <tr><td><b><a href="/file/3631563/Carpetas/">Carpetas.doc</a></b><br /><b>Path:</b> UNC >> SPAN >> 014 Spring, 2009<br /><div><b>Description:</b> Carpetas You are each responsible for turning in a folder like that shown in class on January 16.  Please write your name  and ID number clearly on the front.  The system is simple: At the beginning of each class take your folder from  the black box,...</div><b>Date Added:</b> 2009-06-03 16:19:30<br /><br /></td></tr>
                            <tr><td><b><a href="/file/3632175/JApJS125409readme/">J_ApJS_125_409_readme.txt</a></b><br /><b>Path:</b> Maryland >> ASTRO >> 125 Fall, 2009<br /><div><b>Description:</b> J/ApJS/125/409      Arcsecond positions of UGC galaxies          (Cotton+, 1999) = Arcsecond Positions of UGC Galaxies     Cotton W.D., Condon J.J.     &lt;Astrophys. J. Suppl. Ser. 125, 409 (1999)&gt;     =1999ApJS.125.409C      (SIMBAD/NED BibCode) = ADC...</div><b>Date Added:</b> 2009-06-03 16:21:20<br /><br /></td></tr>
                            <tr><td><b><a href="/file/3632208/8grkl10/">8grkl10.txt</a></b><br /><b>Path:</b> Virginia Tech >> ETEXT >> 05 Fall, 2009<br /><div><b>Description:</b> The Project Gutenberg EBook of Grosse und Kleine Welt, by Honore De Balzac Copyright laws are changing all over the world. Be sure to check the copyright laws for your country before downloading or redistributing this or any other Project Gutenberg ...</div><b>Date Added:</b> 2009-06-03 16:21:25<br /><br /></td></tr>
                            <tr><td><b><a href="/file/3632263/P1957VID/">P1957VID.TXT</a></b><br /><b>Path:</b> UCSD >> NODCSD >> 2 Fall, 2009<br /><div><b>Description:</b> 0 9050861005419 101408082N00040E1481701570808210VI 277113795-55-7 03675 9 00000 2710 283468 2 904412 00002 00013 2889 2 3470 2 904462 00032 00027 2874 2 3483 2 904532 00032 00058 2810 2 3476 2 904462 00042 00090 2659 2 3476 2 904462 00062 00121 2597 ...</div><b>Date Added:</b> 2009-06-03 16:21:36<br /><br /></td></tr>
                            <tr><td><b><a href="/file/3632623/Assignment2/">Assignment2.doc</a></b><br /><b>Path:</b> Benjamin Franklin Institute of Technology >> MTH >> 4082 Fall, 2009<br /><div><b>Description:</b> Programming Assignment #2 Introduction to Parallel Processing MTH/CSE 4082 Due Feb 20 Write the four versions of the Jacobi method described in the lecture slides from Jan30. 1. 2. 3. 4. Serial Code Parallel Code using blocking Send and Recv. Paral...</div><b>Date Added:</b> 2009-06-03 16:22:39<br /><br /></td></tr>
                            <tr><td><b><a href="/file/3633140/CertTEDMVIC1/">CertTEDM_VIC1.doc</a></b><br /><b>Path:</b> FAU >> FOLIOS >> 1 Fall, 2009<br /><div><b>Description:</b> FAU Educator Accomplished Practices (FAU EAP) - Mathematics 6-12 (Graduate) 1.1 1.2 2.1 2.2 IR I I CA I IR I I IR CA I IR I I IR I I I IR I I I I I I I 3.1 3.2 4.1 4.2 IR IR I CA I 5.1 IR I I I I I I I CA 5.2 IR I 6.1 IR I 6.2 IR I I I 7.1 I...</div><b>Date Added:</b> 2009-06-03 16:24:41<br /><br /></td></tr>
                            <tr><td><b><a href="/file/3634611/DHTML/">DHTML.ppt</a></b><br /><b>Path:</b> San Diego State >> USDSU >> 275 Fall, 2009<br /><div><b>Description:</b> The Web Wizard\'s Guide To DHTML and CSS Chapter 1 A Review of CSS1 Chapter Objectives  To learn the history of HTML and CSS  To learn to create style rules using CSS selectors and declarations  To learn where to place style sheets and create basic s...</div><b>Date Added:</b> 2009-06-03 16:29:10<br /><br /></td></tr>
                            <tr><td><b><a href="/file/3634781/FIRSTCLASS/">FIRSTCLASS.PPT</a></b><br /><b>Path:</b> Wayne State University >> CRTVYW >> 06 Fall, 2009<br /><div><b>Description:</b> Creativity: Building the New  ISP 5660 (main course)  ISP 3340 (attached directed study) Course web site: http:/www.is.wayne.edu/drbowen/crtvyw06 Moodle: http:/techtools.culma.wayne.edu/moodle 1/06 First class session 1 Agenda  Names, etc.  Creativi...</div><b>Date Added:</b> 2009-06-03 16:29:35<br /><br /></td></tr>
                            <tr><td><b><a href="/file/3634897/skillsinventory/">skills_inventory.doc</a></b><br /><b>Path:</b> Wayne State University >> BE >> 1200 Fall, 2009<br /><div><b>Description:</b> Team Formation Questionnaire BE1200: Introduction to Engineering Wayne State University (Please use Microsoft Word to type in your information and email as attachment to: xxxx@wayne.edu) Name: Wayne ID: Email address: Did you transfer from another c...</div><b>Date Added:</b> 2009-06-03 16:29:54<br /><br /></td></tr>
                            <tr><td><b><a href="/file/3635574/Proj2SpecsMar7/">Proj2SpecsMar7.doc</a></b><br /><b>Path:</b> SUNY Buffalo >> CSE >> 486 Fall, 2009<br /><div><b>Description:</b> CSE 486/586 Distributed Systems Spring 2008 Due: April 26th, 2008, 12:00 midnight   ROJECT 2: DESIGNING AND IMPLEMENTATION OF AN INTELLIGENT MASHUP P   1. Introduction \&quot;Web   services   provide   a   standard   means   of   interoperating   betwe...</div><b>Date Added:</b> 2009-06-03 16:31:49<br /><br /></td></tr>
                            <tr><td><b><a href="/file/3635611/20071031-AbsentQualia/">20071031-AbsentQualia.txt</a></b><br /><b>Path:</b> SUNY Buffalo >> CSE >> 575 Fall, 2009<br /><div><b>Description:</b> From owner-cse575-fa07-list@LISTSERV.BUFFALO.EDU  Wed Oct 31 10:48:01 2007 Received: from ares.cse.buffalo.edu (ares.cse.buffalo.edu [128.205.32.79]) 	by castor.cse.Buffalo.EDU (8.13.6/8.12.10) with ESMTP id l9VEluNQ011987 	for &lt;rapaport@castor.cse.b...</div><b>Date Added:</b> 2009-06-03 16:31:55<br /><br /></td></tr>
                            <tr><td><b><a href="/file/3636104/code/">code.txt</a></b><br /><b>Path:</b> DePaul >> PROJ >> 394 Fall, 2009<br /><div><b>Description:</b> Code for Project One Demo: Pirate Mystery Game &lt;html&gt; &lt;head&gt; &lt;title&gt; Chutes/title&gt; &lt;body&gt; You are a dreaded pirate, captain of the most feared ship and crew ever to sail the seven seas, not to mention the most wanted by vas...</div><b>Date Added:</b> 2009-06-03 16:33:28<br /><br /></td></tr>
                            <tr><td><b><a href="/file/3636326/Inspirations/">Inspirations.doc</a></b><br /><b>Path:</b> NMSU >> EDUC >> 518 Fall, 2009<br /><div><b>Description:</b> Inspirations Truth is like the sun. You can shut it out for a time, but it ain\'t goin\' away.   Elvis Presley Conscience is God\'s presence in man.   Emanuel Swedenborg Getting an idea should be like sitting down on a pin. It should make you jump up a...</div><b>Date Added:</b> 2009-06-03 16:34:05<br /><br /></td></tr>
                            <tr><td><b><a href="/file/3636335/Math/">Math.ppt</a></b><br /><b>Path:</b> NMSU >> EDUC >> 51890 Fall, 2009<br /><div><b>Description:</b> How many times have you used math today? New Mexico Standards  Operations Algebra Geometry Measurement Data Analysis &amp; Probability National Educational Technology Standards TECHNOLOGY OPERATIONS AND CONCEPTS TEACHING, LEARNING,...</div><b>Date Added:</b> 2009-06-03 16:34:06<br /><br /></td></tr>
                            <tr><td><b><a href="/file/3636401/vita/">vita.doc</a></b><br /><b>Path:</b> TCU >> ETD >> 05122006 Fall, 2009<br /><div><b>Description:</b> VITA Personal Background Tracy Shaffer Hyder Born Houston, Texas Diploma, Kent School, Kent Connecticut, 1979 Georgetown University, Washington, D.C., 1979 - 1980 Bachelor of Science in Architecture with Honors, University of Texas at Arlington, 19...</div><b>Date Added:</b> 2009-06-03 16:34:16<br /><br /></td></tr>
                            <tr><td><b><a href="/file/3636575/OzoneTestResults/">OzoneTestResults.doc</a></b><br /><b>Path:</b> RIT >> P >> 09503 Fall, 2009<br /><div><b>Description:</b> Phillip Lopez Ozone Fan/Filter Assembly Description The goal of this is to reduce and secure the area of the test stand of ozone, which may develop during the charging process of the photoconductor. Ozone in itself is hazardous to humans if exposed ...</div><b>Date Added:</b> 2009-06-03 16:34:42<br /><br /></td></tr>
                            <tr><td><b><a href="/file/3636887/ctmanual/">ctmanual.doc</a></b><br /><b>Path:</b> Oklahoma State >> AGEDCM >> 4 Fall, 2009<br /><div><b>Description:</b> OKLAHOMA STATE UNIVERSITY Department of Agricultural Education, Communications &amp; 4-H Youth Development Agricultural Education Cooperating Teacher Handbook Updated January 2003 2 TABLE OF CONTENTS SECTION SECTION I: INTRODUCTION Legal Basis of St...</div><b>Date Added:</b> 2009-06-03 16:35:47<br /><br /></td></tr>
                            <tr><td><b><a href="/file/3637619/project2/">project2.doc</a></b><br /><b>Path:</b> U. Memphis >> EECE >> 1207 Fall, 2008<br /><div><b>Description:</b> EECE1207 Spring 2005 Computer Assignment # 2 Due Thursday November 10th Create an ASCII file, test.txt, as shown below using text editor. It contains the results of a true-false exam given to a group of students. You may assume that the number of s...</div><b>Date Added:</b> 2009-06-03 16:37:43<br /><br /></td></tr>
                            <tr><td><b><a href="/file/3638022/visualA/">visualA.ppt</a></b><br /><b>Path:</b> N. Arizona >> JS >> 465 Fall, 2009<br /><div><b>Description:</b> An Introduction to the Nature of  Visual Rhetoric Presentation adapted from The Informed Argument; Brief Sixth Edition, Robert Yagelski &amp; Robert Miller. Thomson/Wadsworth: 2004. Journal (5 minutes): What text or caption would you place with this...</div><b>Date Added:</b> 2009-06-03 16:38:48<br /><br /></td></tr>
                            <tr><td><b><a href="/file/3638167/Lecture10Feb152006/">Lecture10Feb15,2006.ppt</a></b><br /><b>Path:</b> N. Arizona >> BIO >> 4262006 Fall, 2009<br /><div><b>Description:</b> Soil pH influences availability of soil nutrients. 4. Roots and mineral nutrient acquisition Fine roots and root hairs \&quot;mine\&quot; the soil for nutrients. Mycorrhizal hyphae do this even better. Roots Provide large surface area for nutrient uptake - Ro...</div><b>Date Added:</b> 2009-06-03 16:39:12<br /><br /></td></tr>
                            <tr><td><b><a href="/file/3638854/G010232-00/">G010232-00.ppt</a></b><br /><b>Path:</b> Caltech >> G >> 010232 Fall, 2009<br /><div><b>Description:</b> How to think about parallel programming LIGO-G010232-00-Z 8 June 2001 L.S.Finn/LDAS Camp 1 Programming Abstractions q Programming involves thinking in abstractions  Data abstractions: e.g., arrays  Instruction abstractions: if/then/ else, loops...</div><b>Date Added:</b> 2009-06-03 16:41:03<br /><br /></td></tr>
                            <tr><td><b><a href="/file/3639161/G030646-00/">G030646-00.ppt</a></b><br /><b>Path:</b> Caltech >> G >> 030646 Fall, 2009<br /><div><b>Description:</b> LIGO-1 Analysis Wrap-up: Alan Wiseman University of Wisconsin - Milwaukee G030646-00-Z LSC at LHO 03.11.10-13 LIGO Scientific Collaboration - University of Wisconsin - Milwaukee 1 GWDAW Talks  Results Talks: Potentially .  Known pulsars, External ...</div><b>Date Added:</b> 2009-06-03 16:41:54<br /><br /></td></tr>
                            <tr><td><b><a href="/file/3639758/CurrentFacts/">CurrentFacts.ppt</a></b><br /><b>Path:</b> Auburn >> PAGESL >> 1 Fall, 2009<br /><div><b>Description:</b> Various Land Uses 2004, in acres  Open Water  Developed  Barren  Wetlands  Deciduous Forest  Evergreen Forest  Mixed Forest  Pasture/Hay  Row Crops  TOTAL STATE 1,123,249 454,486 884,891 2,212732 7,860,345 6,657,414 7,801,353 3,453,377 3,110,794 33,6...</div><b>Date Added:</b> 2009-06-03 16:43:36<br /><br /></td></tr>
                            <tr><td><b><a href="/file/3639887/COMP7620README/">COMP_7620_README.doc</a></b><br /><b>Path:</b> Auburn >> COMP  >> 7620 Spring, 2008<br /><div><b>Description:</b> Just a Few notes. This is a good set of metrics to follow: A. Complete work on system in project requires B. Create Tutorial C. Perform Exp You may use the following in your exp: 1. Participant_scheduling template to help schedule participants 2. Pre...</div><b>Date Added:</b> 2009-06-03 16:43:55<br /><br /></td></tr>
                            <tr><td><b><a href="/file/3640229/p27918930907/">p27918930907.txt</a></b><br /><b>Path:</b> Auburn >> DIGDATA >> 1893 Fall, 2009<br /><div><b>Description:</b> 279 of students that matriculated during the session was 256, including 14 graduates, 40 seniors, 33 juniors, 59 sophomores, 54 freshmen, and 36 special and irregular students, and 20 sub-freshmen.	  The faithful instruction given by the faculty has ...</div><b>Date Added:</b> 2009-06-03 16:44:55<br /><br /></td></tr>
                            <tr><td><b><a href="/file/3640540/Suffixtrees/">Suffix_trees.doc</a></b><br /><b>Path:</b> Iowa State >> CS >> 311 Fall, 2009<br /><div><b>Description:</b> I n t roduction to Suffix T rees Introduction A suffix tree is a data structure that supports efficient execution of a wide variety of operations on strings which are of great importance in the fields of data compression, computational biology and bi...</div><b>Date Added:</b> 2009-06-03 16:46:01<br /><br /></td></tr>
                            <tr><td><b><a href="/file/3640700/ParticipationSummary05/">ParticipationSummary05.doc</a></b><br /><b>Path:</b> Iowa State >> NR >> 86786 Fall, 2009<br /><div><b>Description:</b> 4-H PARTICIPATION SUMMARY Name_County_ Address_Town_Zip_ Date of Birth_Parents/Guardian__ This is a record of your participation in 4-H programs. Summarize your most important accomplishments and experiences each year. This record will help you and o...</div><b>Date Added:</b> 2009-06-03 16:46:29<br /><br /></td></tr>
                            <tr><td><b><a href="/file/3640828/nodalvalues/">nodal_values.doc</a></b><br /><b>Path:</b> Iowa State >> ME >> 325 Fall, 2009<br /><div><b>Description:</b> How to Find Values of Stress at Specific Points After you have analyzed the part, Click on FEM / Plot Results / Stress . Click on Settings tab Uncheck \&quot;Plot results on deformed model box\&quot; (see Figure 1) Click on OK Uncheck Box Figure 1: Stress Plot...</div><b>Date Added:</b> 2009-06-03 16:46:52<br /><br /></td></tr>
                            <tr><td><b><a href="/file/3640848/exam2/">exam2.doc</a></b><br /><b>Path:</b> Iowa State >> ECON >> 101 Fall, 2008<br /><div><b>Description:</b> Economics 101 Second Exam Instructor Dermot Hayes You have 50 minutes to answer all four questions. Good Luck Question 1 (25 points) Assume that you have $20 dollars with which to buy a bundle of two products such as beer and cigars. (A) Draw a budge...</div><b>Date Added:</b> 2009-06-03 16:46:55<br /><br /></td></tr>
                            <tr><td><b><a href="/file/3641000/1AModified/">1AModified.txt</a></b><br /><b>Path:</b> Iowa State >> WEEK >> 16 Fall, 2009<br /><div><b>Description:</b>   R  Team                  Cl   D ( W- L)  Score  Sched    R   1  Dunkerton             1A   8 (27- 1) 103.66  79.54   30   2  LeMars Gehlen         1A   1 (21- 4) 103.05  86.08    8   3  Manning               1A  15 (26- 1) 101.99  75.99   49   4  B...</div><b>Date Added:</b> 2009-06-03 16:47:19<br /><br /></td></tr>
                            <tr><td><b><a href="/file/3641538/BeeSwarms/">BeeSwarms.doc</a></b><br /><b>Path:</b> Iowa State >> A >> 80069 Fall, 2009<br /><div><b>Description:</b> Honey Bees,  Wasps and  More  As people become more active out in the yard and garden later this spring and summer, bees and hornets can become a nuisance. However, remember that many of these insects are beneficial and care should be used before des...</div><b>Date Added:</b> 2009-06-03 16:48:50<br /><br /></td></tr>
                            <tr><td><b><a href="/file/3642265/ch16/">ch16.txt</a></b><br /><b>Path:</b> UVA >> HYPER >> 2 Fall, 2009<br /><div><b>Description:</b> CHAPTER XVI. While Ruth was thus absorbed in her new occupation, and the spring was wearing away, Philip and his friends were still detained at the Southern Hotel.  The great contractors had concluded their business with the state and railroad offic...</div><b>Date Added:</b> 2009-06-03 16:51:20<br /><br /></td></tr>
                            <tr><td><b><a href="/file/3642592/lnsparcx86/">ln_sparc_x86.txt</a></b><br /><b>Path:</b> Clemson >> CS >> 231 Fall, 2009<br /><div><b>Description:</b> Clemson University - CPSC 231 - Fall 2007 SPARC - Scalable Processor ARChitecture   load/store architecture - only load/store instructions can access memory   69 basic instructions (all fixed length - one word each = 32 bits)   derived from RISC...</div><b>Date Added:</b> 2009-06-03 16:52:24<br /><br /></td></tr>
                            <tr><td><b><a href="/file/3642642/NPTabstract/">NPTabstract.doc</a></b><br /><b>Path:</b> Clemson >> ROUND >> 3 Fall, 2009<br /><div><b>Description:</b> The Treaty on the Non-Proliferation of Nuclear Weapons (NPT) was written under the desire of those who had nuclear potential to control it. This interpreted for the sake of peace or for the sake of power. Under the current treaty, five countries are ...</div><b>Date Added:</b> 2009-06-03 16:52:33<br /><br /></td></tr>
                            <tr><td><b><a href="/file/3643085/ukawa/">ukawa.txt</a></b><br /><b>Path:</b> BU >> ILDG >> 6 Fall, 2009<br /><div><b>Description:</b> From aukawa@ra2.so-net.ne.jp  Sun Apr 24 17:09:52 2005 MIME-Version: 1.0 Date: Mon, 25 Apr 2005 06:09:37 +0900 From: Akira Ukawa &lt;aukawa@ra2.so-net.ne.jp&gt; To: Richard Brower &lt;brower@super.bu.edu&gt; Subject: Re: Second Message: ILDG Meeting for May 12th...</div><b>Date Added:</b> 2009-06-03 16:54:38<br /><br /></td></tr>
                            <tr><td><b><a href="/file/3643136/input15/">input15.txt</a></b><br /><b>Path:</b> BU >> G >> 2 Fall, 2009<br /><div><b>Description:</b> 1 5 10 12 15 200 ...</div><b>Date Added:</b> 2009-06-03 16:54:48<br /><br /></td></tr>
                            <tr><td><b><a href="/file/3643229/20E-gjb-BPC-Wrkshp-Aug08-Curriculum/">20E-gjb-BPC-Wrkshp-Aug08-Curriculum.ppt</a></b><br /><b>Path:</b> BU >> WORKSHOP >> 08 Fall, 2009<br /><div><b>Description:</b> Course Overview Glenn Bresnahan glenn@bu.edu BPC: Art and Computation  Summer 2007 Course Delivery  Classes held over Access Grid  Instruction delivered from both BU and UNM  VR distributed using DAFFIE  A variety of other collaboration tools, esp...</div><b>Date Added:</b> 2009-06-03 16:55:13<br /><br /></td></tr>
                            <tr><td><b><a href="/file/3643244/FerraraE1RP1/">Ferrara_E1_RP1.doc</a></b><br /><b>Path:</b> BU >> ED >> 101 Fall, 2009<br /><div><b>Description:</b> Ashley Ferrara SED ED 101 September 26, 2005 Reaction Paper 1 Technology is used in classrooms to help students better understand the material they are being taught, or maybe that is just my conception of what it should be used for. In reality, techn...</div><b>Date Added:</b> 2009-06-03 16:55:16<br /><br /></td></tr>
                            <tr><td><b><a href="/file/3643416/clienttransactionlog/">client_transaction_log.txt</a></b><br /><b>Path:</b> Pittsburgh >> REC >> 9 Fall, 2009<br /><div><b>Description:</b> transaction 1: sold 6 items of S144 for $502.32 @83.72 at time 2:0:45. transaction 12: sold 3 items of S680 for $172.98 @57.66 at time 2:0:46. transaction 5: sold 1 items of S256 for $14.30 @14.30 at time 2:0:46. transaction 13: sold 2 items of S680 ...</div><b>Date Added:</b> 2009-06-03 16:55:48<br /><br /></td></tr>
                            <tr><td><b><a href="/file/3643417/servertransactionlog/">server_transaction_log.txt</a></b><br /><b>Path:</b> Pittsburgh >> REC >> 9 Fall, 2009<br /><div><b>Description:</b> transaction 1: sold 6 items of S144 for $502.32 @83.72 at time 2:0:45. transaction 12: sold 3 items of S680 for $172.98 @57.66 at time 2:0:46. transaction 5: sold 1 items of S256 for $14.30 @14.30 at time 2:0:46. transaction 13: sold 2 items of S680 ...</div><b>Date Added:</b> 2009-06-03 16:55:48<br /><br /></td></tr>
                            <tr><td><b><a href="/file/3643532/drop-php/">drop-php.txt</a></b><br /><b>Path:</b> Pittsburgh >> CS >> 1520 Fall, 2007<br /><div><b>Description:</b> &lt;?php $db = mysql_connect(\&quot;localhost\&quot;, \&quot;user\&quot;, \&quot;pass\&quot;); if(!$db) {   die(\'Could not connect: \' . mysql_error(); } mysql_select_db(\&quot;yourDB\&quot;, $db) or die(\'Cannot select db\'); $query = \'DROP TABLE users\'; mysql_query($query, $db) or die(\'Query error: \'...</div><b>Date Added:</b> 2009-06-03 16:56:09<br /><br /></td></tr>
                            <tr><td><b><a href="/file/3643741/CausesIntro/">CausesIntro.doc</a></b><br /><b>Path:</b> CSU Sacramento >> CTHONORSWK >> 13 Fall, 2009<br /><div><b>Description:</b> CRITICAL THINKING CAUSES AND CORRELATIONS Two events or states of affairs are correlated when they occur together in roughly the same time period or appear in the same population. For example, it is said that there is a correlation between EXERCISE a...</div><b>Date Added:</b> 2009-06-03 16:56:50<br /><br /></td></tr>
                            <tr><td><b><a href="/file/3644398/notes1/">notes1.txt</a></b><br /><b>Path:</b> Georgia Tech >> CS >> 2000 Fall, 2009<br /><div><b>Description:</b> = Introduction to Cognitive Science - What is Cognitive Science? Cognitive Science is an interdisciplinary study of mind and intelligence: intersection of Computer Science, Psychology, Linguistics, Anthroplogy, Biology and Philosophy.  - Why st...</div><b>Date Added:</b> 2009-06-03 16:58:49<br /><br /></td></tr>
                            <tr><td><b><a href="/file/3644399/notes1/">notes1.txt</a></b><br /><b>Path:</b> Georgia Tech >> CS >> 3790 Fall, 2008<br /><div><b>Description:</b> = Introduction to Cognitive Science - What is Cognitive Science? Cognitive Science is an interdisciplinary study of mind and intelligence: intersection of Computer Science, Psychology, Linguistics, Anthroplogy, Biology and Philosophy.  - Why st...</div><b>Date Added:</b> 2009-06-03 16:58:49<br /><br /></td></tr>
                            <tr><td><b><a href="/file/3644550/presentations/">presentations.ppt</a></b><br /><b>Path:</b> Georgia Tech >> CS >> 2008 Fall, 2009<br /><div><b>Description:</b> Presentations, Project Status  Reporting, and Design Reviews CS4911 Spring 2008     Agenda MidTerm Presentations (see webpage) Presentation Guidelines Sample Contents Process Comments Final Presentations Design Reviews Test Plan     Guidelines Ea...</div><b>Date Added:</b> 2009-06-03 16:59:14<br /><br /></td></tr>
                            <tr><td><b><a href="/file/3644551/presentations/">presentations.ppt</a></b><br /><b>Path:</b> Georgia Tech >> CS >> 4911 Fall, 2008<br /><div><b>Description:</b> Presentations, Project Status  Reporting, and Design Reviews CS4911 Spring 2008     Agenda MidTerm Presentations (see webpage) Presentation Guidelines Sample Contents Process Comments Final Presentations Design Reviews Test Plan     Guidelines Ea...</div><b>Date Added:</b> 2009-06-03 16:59:14<br /><br /></td></tr>
                            <tr><td><b><a href="/file/3644548/EULER-README/">EULER-README.txt</a></b><br /><b>Path:</b> Georgia Tech >> GTH >> 669 Fall, 2009<br /><div><b>Description:</b> Compile the files and run using JAVA.   When the application pops up, it may be blank for a second. Move your mouse over the bottom right area and the plot button will appear.   Click it and it should work. E-mail me if there is trouble!...</div><b>Date Added:</b> 2009-06-03 16:59:14<br /><br /></td></tr>
                            <tr><td><b><a href="/file/3644661/Chem0120-Ex4-prelab-Excel/">Chem0120-Ex4-prelab-Excel.doc</a></b><br /><b>Path:</b> Pittsburgh >> CHEM >> 120 Spring, 2008<br /><div><b>Description:</b> EXPT #4: Alternative PRE-LAB: ANALTITR Excel Spreadsheet Objective To obtain ideal titration plots for the following titrations: Titration A. 100.mL of the strong acid HCl (0.040M) with NaOH (0.20M) Titration B. 100.mL of the weak acid acetic acid (0...</div><b>Date Added:</b> 2009-06-03 16:59:34<br /><br /></td></tr>
                            <tr><td><b><a href="/file/3644801/Webster/">Webster.ppt</a></b><br /><b>Path:</b> UGA >> CWT >> 33 Fall, 2009<br /><div><b>Description:</b> Organic matter as an anthropogenic driver or Organic matter inputs as drivers of ecosystem process and how these inputs are affected by anthropogenic disturbance 1. Links among land-use change, litter inputs and litter processing 2. Organic inputs ...</div><b>Date Added:</b> 2009-06-03 17:00:03<br /><br /></td></tr>
                            <tr><td><b><a href="/file/3644924/BookReview/">BookReview.doc</a></b><br /><b>Path:</b> UGA >> JDOG >> 1 Fall, 2009<br /><div><b>Description:</b> Jason Naile April 3, 2004 EOCS 7560 Diversity in Occupational Education and Work Citation: DeYoung, C.P, (1995). Coming Together: The Bible\'s Message in an Age of Diversity. Valley Forge, PA: Judson Press. Category: 1. Christianity and justice. 2. Je...</div><b>Date Added:</b> 2009-06-03 17:00:27<br /><br /></td></tr>
                            <tr><td><b><a href="/file/3645004/streamquest/">streamquest.doc</a></b><br /><b>Path:</b> UGA >> GEORGIA >> 4 Fall, 2009<br /><div><b>Description:</b> Stream Ecology JOURNAL QUESTIONS ROCK EAGLE\'S ENVIRONMENTAL EDUCATION FIELD STUDY Key Words: Lotic, Watershed, Erosion, Deposition, Riparian Buffer 1. Name at least three differences between lake and stream environments. 2. How are streams formed? H...</div><b>Date Added:</b> 2009-06-03 17:00:50<br /><br /></td></tr>
                            <tr><td><b><a href="/file/3645225/grades/">grades.txt</a></b><br /><b>Path:</b> Minnesota >> SCHWE >> 227 Fall, 2009<br /><div><b>Description:</b> 	HW1	HW2	HW3	              Mid1% Average					76.7	82.7	66.5				73.9 Standard deviation					30.4	27.6	33.9				26.0 ...</div><b>Date Added:</b> 2009-06-03 17:01:39<br /><br /></td></tr>
                            <tr><td><b><a href="/file/3645236/ch09/">ch09.ppt</a></b><br /><b>Path:</b> UConn >> ECON >> 1000 Fall, 2008<br /><div><b>Description:</b> O\'Sullivan  Sheffr in  Per ez Market Failure: Imperfect Information,  External Benefits and External Costs  2007 Pearson/Prentice Hall, Survey of Economics: Principles, Applications &amp; Tools, 3e, O\'Sullivan  Sheffrin  Perez chapter 9.1 THE LEMO...</div><b>Date Added:</b> 2009-06-03 17:01:42<br /><br /></td></tr>
                            <tr><td><b><a href="/file/3645874/lecture16209a/">lecture1620_9a.ppt</a></b><br /><b>Path:</b> Maple Springs >> ITEC >> 1620 Fall, 2009<br /><div><b>Description:</b> ITEC1620 Object-Based Programming Lecture 9a References A Simple Class public class AnInt { public int value; }  Excuse style  easier to demonstrate Lecture 9a - References 2 The Default Constructor AnInt objectA = new AnInt(); AnInt objectB = ...</div><b>Date Added:</b> 2009-06-03 17:04:50<br /><br /></td></tr>
                            <tr><td><b><a href="/file/3646733/Lecture4Privacy/">Lecture4Privacy.ppt</a></b><br /><b>Path:</b> Maple Springs >> SECTION >> 3450 Fall, 2009<br /><div><b>Description:</b> Definition: Privacy  Psychology: Selective access to oneself or one\'s group.  Legal: The right to be left alone  What is the difference between privacy and secrecy? Both are concerned with boundaries and restricted access. A. Westin: Typology of Pri...</div><b>Date Added:</b> 2009-06-03 19:24:06<br /><br /></td></tr>
                            <tr><td><b><a href="/file/3646848/chap017/">chap017.ppt</a></b><br /><b>Path:</b> N.E. Illinois >> MGT >> 4320 Fall, 2009<br /><div><b>Description:</b> e s b 17-1 p p t e s b 17-2 17 Assets: Inventory and Operations Management McGrawHill/Irwin 2007 by the McGraw-Hill Companies, Inc. All rights reserved. e s b Chapter 17 Objectives  Learn how to manage short-term assets 17-3  Determine t...</div><b>Date Added:</b> 2009-06-03 19:25:55<br /><br /></td></tr>
                            <tr><td><b><a href="/file/3646971/Interconnectivity/">Interconnectivity.doc</a></b><br /><b>Path:</b> CSU Fullerton >> BTO >> 230 Fall, 2009<br /><div><b>Description:</b> Interconnectivity This lab demonstrates various ways that data in an iSeries DB2/400 database file can be exchanged with other systems beyond simple FTP. It requires that Client Access be installed on your PC. Instant HTML tables of a DB file   Y...</div><b>Date Added:</b> 2009-06-03 19:28:49<br /><br /></td></tr>
                            <tr><td><b><a href="/file/3647218/readme/">readme.txt</a></b><br /><b>Path:</b> CSU Fullerton >> CAP >> 452 Fall, 2009<br /><div><b>Description:</b>            SMC EZ Card 10/100 (SMC1255TX/SMC1255TX-PF)              Windows NDIS5/5.1 Driver Installation   Contents:   -    (A-1) Installing the driver on Microsoft Windows 98    (A-2) Configuring the driver on Microsoft Windows 98    (B-1) Instal...</div><b>Date Added:</b> 2009-06-03 19:32:46<br /><br /></td></tr>
                            <tr><td><b><a href="/file/3647559/SchoolofGraduateStudies/">School_of_GraduateStudies.doc</a></b><br /><b>Path:</b> Contra Costa College >> LYRA >> 903 Fall, 2009<br /><div><b>Description:</b> School of Graduate Studies Faculty of Arts and Science Doctoral Programs (PhD) Master\'s Programs (MA/MSc) Biology Applied Linguistics Chemistry Biology Communication Chemistry Economics Child Study Educational Technology Economics History Educational...</div><b>Date Added:</b> 2009-06-03 19:39:43<br /><br /></td></tr>
                            <tr><td><b><a href="/file/3647560/SchoolofGraduateStudies/">School_of_GraduateStudies.doc</a></b><br /><b>Path:</b> Contra Costa College >> VERSION >> 903 Fall, 2009<br /><div><b>Description:</b> School of Graduate Studies Faculty of Arts and Science Doctoral Programs (PhD) Master\'s Programs (MA/MSc) Biology Applied Linguistics Chemistry Biology Communication Chemistry Economics Child Study Educational Technology Economics History Educational...</div><b>Date Added:</b> 2009-06-03 19:39:44<br /><br /></td></tr>
                            <tr><td><b><a href="/file/3647611/COEN243OnlineMidterm1/">COEN243OnlineMidterm1.doc</a></b><br /><b>Path:</b> Contra Costa College >> COEN >> 243 Fall, 2009<br /><div><b>Description:</b> COEN 243 - Fall 2004 Midterm 2 &gt; Solve All Questions &lt; &gt; 100 Minutes Allowed &lt; &gt; Marks out of 30 &lt; Section A Q1. Write a program that inputs 6 integers (between 1 and 1000), identifies the prime numbers amongst them, and then outputs the average of ...</div><b>Date Added:</b> 2009-06-03 19:40:52<br /><br /></td></tr>
                            <tr><td><b><a href="/file/3647755/Csp1993cdesas/">Csp1993.cde.sas.txt</a></b><br /><b>Path:</b> NSULA >> SHERLOCK >> 10018 Fall, 2009<br /><div><b>Description:</b> PROC FORMAT; VALUE   V001_F   .A            = \&quot;Not in Sample\&quot;   .B            = \&quot;Don\'t Know\&quot;   .C            = \&quot;Refusal\&quot;   .D            = \&quot;Not Applicable\&quot; ; VALUE   V002_F   1             = \&quot;Complete - every member of the household responds (complet...</div><b>Date Added:</b> 2009-06-03 19:45:39<br /><br /></td></tr>
                            <tr><td><b><a href="/file/3647768/Introduction0304/">Introduction_0304.doc</a></b><br /><b>Path:</b> East Los Angeles College >> GEOG >> 3025 Fall, 2009<br /><div><b>Description:</b> UNIVERSITY OF SOUTHAMPTON School of Geography YEAR 3, SEMESTER 2 2003-04 GEOG3025 CENSUS AND NEIGHBOURHOOD ANALYSIS INTRODUCTION TO COURSE Aims of the course The aims of this course are to introduce students to different conceptualisations of socia...</div><b>Date Added:</b> 2009-06-03 19:45:59<br /><br /></td></tr>
                            <tr><td><b><a href="/file/3648109/Results/">Results.ppt</a></b><br /><b>Path:</b> Maple Springs >> PSYC >> 3010 Fall, 2009<br /><div><b>Description:</b> Results What happened? Means, outliers, other descriptive statistics Paired t test: Effect of gap duration? Figure or table: means(SD) figure: appropriate type (bar, line), label axes Include errorbars Add features only where necessary table: label r...</div><b>Date Added:</b> 2009-06-03 19:49:55<br /><br /></td></tr>
                            <tr><td><b><a href="/file/3648286/urea/">urea.ppt</a></b><br /><b>Path:</b> Arizona >> BIOC >> 460 Summer, 2008<br /><div><b>Description:</b> BIOC 460 DR. TISCHLER LECTURE 33 AMMONIA METABOLISM UREA CYCLE OBJECTIVES 1. Define protein balance, nitrogen balance and essential amino acid. 2. Describe the transaminase, and glutamate dehydrogenase reactions and discuss their roles in the remova...</div><b>Date Added:</b> 2009-06-03 19:50:41<br /><br /></td></tr>
                            <tr><td><b><a href="/file/3648522/Assignment21010C08/">Assignment2_1010C_08.doc</a></b><br /><b>Path:</b> Maple Springs >> PSY >> 1010 Fall, 2009<br /><div><b>Description:</b> PART 1 Instructions for Assignment #2 Implementing a Behaviour Modification Program INSTRUCTIONS The purpose of this assignment is to give you experience in designing and implementing a behaviour modification program (also commonly referred to as con...</div><b>Date Added:</b> 2009-06-03 19:51:49<br /><br /></td></tr>
                            <tr><td><b><a href="/file/3648642/Lecture16Sorting/">Lecture16Sorting.ppt</a></b><br /><b>Path:</b> McGill >> CS >> 208 Fall, 2009<br /><div><b>Description:</b> Lecture 16 Big Oh and Sorting Comp 208 Computers in Engineering Yi Lin Winter, 2007 05/15/09 Comp208 Computers in Engineering 1 Lecture 16 Objectives  Learn about how to evaluate algorithms, O(.)  Learn about sorting    Selection sort Bubble sor...</div><b>Date Added:</b> 2009-06-03 19:52:25<br /><br /></td></tr>
                            <tr><td><b><a href="/file/3648763/Class01questionnaire/">Class01questionnaire.doc</a></b><br /><b>Path:</b> McGill >> EDPT >> 200 Fall, 2009<br /><div><b>Description:</b> EDPT200 Applications Software Wednesdays, 2:30  5:30 p.m., Computer Lab, McGill Faculty of Education, Room 328 Questionnaire Name: _ Level of knowledge Operating System  MacOS Operating System  Windows Filesharing  (_) Word processor  (_) Spreadshee...</div><b>Date Added:</b> 2009-06-03 19:53:03<br /><br /></td></tr>
                            <tr><td><b><a href="/file/3649037/lebaoaab2007729/">lebaoaab2007729.txt</a></b><br /><b>Path:</b> Allan Hancock College >> LEBAOAAB >> 2007729 Fall, 2009<br /><div><b>Description:</b> Legislative Council-No 89 As introduced and read a first time, 15 November 2007 South Australia Lake Eyre Basin (Intergovernmental Agreement) (Ratification of Amendments) Amendment Bill 2007 A BILL FOR An Act to amend the Lake Eyre Basin (Intergo...</div><b>Date Added:</b> 2009-06-03 19:54:49<br /><br /></td></tr>
                            <tr><td><b><a href="/file/3649054/GEE283A2000Final/">GEE283A_2000_Final.doc</a></b><br /><b>Path:</b> RMCAD >> GEE >> 283 Fall, 2009<br /><div><b>Description:</b> ROYAL MILITARY COLLEGE OF CANADA FIRST SEMESTER FINAL EXAM 2000-2001 GEE 283: ENGINEERING ECONOMICS Date: Wed 13 Dec 00, 1300-1500 hrs Examiners: Maj S Leblanc, BSc, MEng Capt MJ Armstrong, BSc, MBA, PhD Instructions: This is a closed book examinatio...</div><b>Date Added:</b> 2009-06-03 19:54:53<br /><br /></td></tr>
                            <tr><td><b><a href="/file/3649162/ClientProposal/">Client_Proposal.doc</a></b><br /><b>Path:</b> Sveriges lantbruksuniversitet >> GEOG >> 452 Fall, 2009<br /><div><b>Description:</b> Soil properties across forest-clearcut edges in the southwestern interior of British Columbia MSc. Thesis Proposal Todd Redding Department of Geography Simon Fraser University April 5, 2000 1.0 Introduction Forest harvesting is a common feature of th...</div><b>Date Added:</b> 2009-06-03 19:55:21<br /><br /></td></tr>
                            <tr><td><b><a href="/file/3649191/243p6/">243p6.txt</a></b><br /><b>Path:</b> Wisc Platteville >> CS >> 243 Fall, 2009<br /><div><b>Description:</b> CS/SE 2430 - Object-Oriented Programming &amp; Data Structures I  S09  Scanlan Program:                 6 - Figure Game - Inheritance Due Date for Proposal:   April 23, negotiated no later than 5:00 p.m. Due Date for Program:    May 5, Demonstrated no l...</div><b>Date Added:</b> 2009-06-03 19:55:35<br /><br /></td></tr>
                            <tr><td><b><a href="/file/3649349/problem1/">problem1.txt</a></b><br /><b>Path:</b> Air Force Academy >> CS >> 111 Fall, 2009<br /><div><b>Description:</b> Name: David Flatla NSID: drf976 Student Number: 01234567 Class: CMPT 111 Assignment #1 Problem #1 Description: This is an algorithm for brushing ones teeth. ASSUMPTIONS: I assume I am using a toothbrush to brush my teeth. I assume that all necessary...</div><b>Date Added:</b> 2009-06-03 19:56:17<br /><br /></td></tr>
                            <tr><td><b><a href="/file/3649519/Lab5/">Lab5.doc</a></b><br /><b>Path:</b> East Los Angeles College >> CS >> 2130 Fall, 2009<br /><div><b>Description:</b> CS2130 Programming Language Concepts Lab Class 5 In this lab class you should familiarize yourself with simple use of a Unix-like command window to compile and run C programs from the command-line. Work for this lab: 1. Log onto your preferred operat...</div><b>Date Added:</b> 2009-06-03 19:57:08<br /><br /></td></tr>
                            <tr><td><b><a href="/file/3650195/Microsoft/">Microsoft.doc</a></b><br /><b>Path:</b> Laurentian >> MGT >> 200503 Fall, 2009<br /><div><b>Description:</b> SPOTLIGHT-MICROSOFT Microsoft was founded in 1975, when Bill Gates left Harvard at age 19 to work with high school friend Paul Allen on a version of the BASIC programming language. After moving the company from Albuquerque, New Mexico, to Seattle in ...</div><b>Date Added:</b> 2009-06-03 20:00:41<br /><br /></td></tr>
                            <tr><td><b><a href="/file/3650714/SimCity/">SimCity.doc</a></b><br /><b>Path:</b> Laurentian >> EDUC >> 3508 Fall, 2009<br /><div><b>Description:</b> Teacher\'s Guide An Educational Companion  for SimCity 3000 For Grades 6 and Above Written by Margy Kuntz SimCity 3000 Teacher\'s Guide p. 1 Table  of Contents PART 1: TEACHING  WITH SIMCITY 3000 Introduction ..Page  4 Using  SimCity  3000 in Your ...</div><b>Date Added:</b> 2009-06-03 20:03:01<br /><br /></td></tr>
                            <tr><td><b><a href="/file/3650770/TP2/">TP2.txt</a></b><br /><b>Path:</b> Neumont >> IFT >> 6802 Fall, 2009<br /><div><b>Description:</b>  IFT6802 - TP2:  Equipes d\'agents (10% de note finale)           (version 1.0 : 21 janv. ) Echeance:   mardi 17 fevrier. 2004 avant le debut du cours. Ce TP est la suite naturelle du TP1. L\'environnement est le meme et vos agents sont des aspirate...</div><b>Date Added:</b> 2009-06-03 20:03:22<br /><br /></td></tr>
                            <tr><td><b><a href="/file/3650917/BrandCh12/">BrandCh12.ppt</a></b><br /><b>Path:</b> Laurentian >> MGT >> 200103 Fall, 2009<br /><div><b>Description:</b> Brand Marketing Managing product and brands The Product Life Cycle Concept  Products, like people, have been viewed as having a life cycle.  The concept of the product life cycle describes the stages a new product goes through in the marketplace: in...</div><b>Date Added:</b> 2009-06-03 20:04:03<br /><br /></td></tr>
                            <tr><td><b><a href="/file/3651087/ModuleC/">ModuleC.ppt</a></b><br /><b>Path:</b> Laurentian >> MGT >> 200201 Fall, 2009<br /><div><b>Description:</b> Transportation Model     Introduction What: Solving problems of  transportation Where: Moving goods between  locations Why: To optimize transportation costs     Developing an Initial Solution   Northwest Corner Rule Intuitive Lowest Cost...</div><b>Date Added:</b> 2009-06-03 20:04:46<br /><br /></td></tr>
                            <tr><td><b><a href="/file/3651261/SimCity/">SimCity.doc</a></b><br /><b>Path:</b> Laurentian >> EDUC >> 200302 Fall, 2009<br /><div><b>Description:</b> Teacher\'s Guide An Educational Companion  for SimCity 3000 For Grades 6 and Above Written by Margy Kuntz SimCity 3000 Teacher\'s Guide p. 1 Table  of Contents PART 1: TEACHING  WITH SIMCITY 3000 Introduction ..Page  4 Using  SimCity  3000 in Your ...</div><b>Date Added:</b> 2009-06-03 20:05:41<br /><br /></td></tr>
                            <tr><td><b><a href="/file/3651304/Subcultures/">Subcultures.ppt</a></b><br /><b>Path:</b> Laurentian >> MGT >> 200301 Fall, 2009<br /><div><b>Description:</b> CONSUMERS AND SUBCULTURES What are some demographics  Age  education  occupation  social class  Ethnic group  gender composition  family size and composition  distribution of population So What Are demographics?  Objective  quantifiable  Characteri...</div><b>Date Added:</b> 2009-06-03 20:05:55<br /><br /></td></tr>
                            <tr><td><b><a href="/file/3651455/RecursiveNotes/">RecursiveNotes.txt</a></b><br /><b>Path:</b> Virgin Islands >> CS >> 160 Fall, 2009<br /><div><b>Description:</b> Summary of in class examples: In each case input n comes from the console and the code is the body of rec( n ). Variants discussed: print( n ) print( n )  rec( n-1 )      if n &gt; 0   print( n )    rec( n-1 )      if n &gt; 0   rec( n-1 )    print( n...</div><b>Date Added:</b> 2009-06-03 20:06:48<br /><br /></td></tr>
                            <tr><td><b><a href="/file/3652102/CS252-course2/">CS252-course2.ppt</a></b><br /><b>Path:</b> East Los Angeles College >> CS >> 252 Fall, 2009<br /><div><b>Description:</b> CS 252: Fundamentals of Relational Databases: SQL2 Dr. Alexandra I. Cristea http:/www.dcs.warwick.ac.uk/~acristea/ Interim Summary Material covered so far:  Everything for data stored in one table.  Creating base tables without constraints.  Inserti...</div><b>Date Added:</b> 2009-06-03 20:08:50<br /><br /></td></tr>
                            <tr><td><b><a href="/file/3652222/Housinglosspracticeproblem2000/">Housinglosspracticeproblem.2_000.doc</a></b><br /><b>Path:</b> Virgin Islands >> LAW >> 345 Fall, 2009<br /><div><b>Description:</b> Housing loss practice problem #2 Brad and Janet are common law partners. Brad is a geologist who works for a seismic research company in Vancouver; Janet is independently wealthy. Janet buys a new house on the waterfront in West Vancouver in July 200...</div><b>Date Added:</b> 2009-06-03 20:09:13<br /><br /></td></tr>
                            <tr><td><b><a href="/file/3652560/session1/">session_1.doc</a></b><br /><b>Path:</b> East Los Angeles College >> ME >> 917 Fall, 2009<br /><div><b>Description:</b> Community Gynaecology and Reproductive Health Care / Sexual and Reproductive Health Care Reproductive Health in the Community Module 2 Reading for Session 1 Brechin S, Penney G. Venous thromboembolism and hormonal contraception. Guideline no. 40 Lond...</div><b>Date Added:</b> 2009-06-03 20:10:13<br /><br /></td></tr>
                            <tr><td><b><a href="/file/3653403/Assig4Yield2009/">Assig4_Yield_2009.doc</a></b><br /><b>Path:</b> W. Alabama >> EARTH >> 437 Fall, 2009<br /><div><b>Description:</b> EARTH 437 ROCK MECHANICS Assignment #3 Rock as a Material: Yield Behavior For assignments in EARTH 437, follow conventional engineering standards. Short well-presented answers are preferred. Point form, a neat list, a diagram or sketch, a plot of sev...</div><b>Date Added:</b> 2009-06-03 20:13:08<br /><br /></td></tr>
                            <tr><td><b><a href="/file/3653444/lecture07/">lecture07.ppt</a></b><br /><b>Path:</b> W. Alabama >> CS >> 489 Fall, 2009<br /><div><b>Description:</b> Last time Protection in General-Purpose Operating Systems      History Separation vs. Sharing Segmentation and Paging Access Control Matrix Access Control Lists vs. Capabilities 7-1 This time Role-based Access Control User Authentication    ...</div><b>Date Added:</b> 2009-06-03 20:13:17<br /><br /></td></tr>
                            <tr><td><b><a href="/file/3653472/lecture22/">lecture22.ppt</a></b><br /><b>Path:</b> W. Alabama >> CS >> 489 Fall, 2009<br /><div><b>Description:</b> Last time Data Mining - - - Integrity and Availability Privacy and Data Mining Privacy-Preserving Data Mining 22-1 This time Administering Security - - Security planning Risk Analysis 22-2 Administering security So far in this course, we\'...</div><b>Date Added:</b> 2009-06-03 20:13:23<br /><br /></td></tr>
                            <tr><td><b><a href="/file/3653771/sol161do/">sol16_1do.txt</a></b><br /><b>Path:</b> UPenn >> VHM >> 802 Fall, 2009<br /><div><b>Description:</b> * do-file for exercise 16.1 in VER (VHM 812/802) version 9.0 set more off cd \&quot;h:\\vhm\\vhm802\&quot; use calf.dta, clear codebook summarize tabulate sepsis ttest age, by(sepsis) unequal /* no reason to assume equal variances */ ttest dehy, by(sepsis) unequa...</div><b>Date Added:</b> 2009-06-03 20:14:24<br /><br /></td></tr>
                            <tr><td><b><a href="/file/3653936/Strokeh/">Stroke.h.txt</a></b><br /><b>Path:</b> W. Alabama >> CS >> 798 Fall, 2009<br /><div><b>Description:</b> / Stroke drawing code - (c) 2003 by Aaron Hertzmann #ifndef _STROKE_HH_ #define _STROKE_HH_ #include \&quot;gldefs.h\&quot; #include &lt;math.h&gt; #include &lt;vector&gt; #include &lt;stdio.h&gt; #include \&quot;Point.h\&quot; #include \&quot;color.h\&quot; typedef long int StrokeNumT; #define NOSTR...</div><b>Date Added:</b> 2009-06-03 20:14:54<br /><br /></td></tr>
                            <tr><td><b><a href="/file/3654361/feedback/">feedback.doc</a></b><br /><b>Path:</b> East Los Angeles College >> AM >> 204 Fall, 2009<br /><div><b>Description:</b> Early American Social History Report on Course Questionnaire December 2003 Almost all students commented positively on the course, saying it was logically structured, interesting, and well delivered. The powerpoint lectures were seen to be a good met...</div><b>Date Added:</b> 2009-06-03 20:16:26<br /><br /></td></tr>
                            <tr><td><b><a href="/file/3654528/09009/">09_009.txt</a></b><br /><b>Path:</b> UPenn >> VHM >> 801 Fall, 2009<br /><div><b>Description:</b> Exercise 9.9 - The study design is less obvious here, but it seems that the 92 patients are a SRS from some population (perhaps patients with CHD that have been treated at a particular hospital over a period of time). Thus, both classification criter...</div><b>Date Added:</b> 2009-06-03 20:16:58<br /><br /></td></tr>
                            <tr><td><b><a href="/file/3655143/precip96/">precip96.txt</a></b><br /><b>Path:</b> Laurentian >> GEOG >> 497 Fall, 2009<br /><div><b>Description:</b> Precipitation (mm) measured at Elkwater, Alberta, May-June, 1996 month         day   precip may            1     2.3                2     0.1                3     3.4                7     0.2                8     3.1                9     0.2       ...</div><b>Date Added:</b> 2009-06-03 20:19:09<br /><br /></td></tr>
                            <tr><td><b><a href="/file/3655213/Leak/">Leak.doc</a></b><br /><b>Path:</b> Laurentian >> PHYS >> 000066 Fall, 2009<br /><div><b>Description:</b> Leak Testing of Hall D Solenoid coils 3 and 4. Paul Brindza and Jeff Self Oct. 13 , 2003 The leak testing of the Hall D Solenoid Supeconducting coils three and four was completed last week. There were no detectable Helium space leaks and both LN2 shi...</div><b>Date Added:</b> 2009-06-03 20:19:22<br /><br /></td></tr>
                            <tr><td><b><a href="/file/3655307/count/">count.txt</a></b><br /><b>Path:</b> Laurentian >> CS >> 110 Fall, 2009<br /><div><b>Description:</b> / Program Count prompts for the number of integers to sum. / It then reads the integers in a loop, summing them. / Finally, it prints the sum. #include &lt;iostream&gt; using namespace std; int main () {     int  sum = 0;                 / summing variab...</div><b>Date Added:</b> 2009-06-03 20:19:38<br /><br /></td></tr>
                            <tr><td><b><a href="/file/3655497/example1prog/">example1prog.txt</a></b><br /><b>Path:</b> East Los Angeles College >> MATH >> 3743 Fall, 2009<br /><div><b>Description:</b> # R code for Example 1: Removing Toxic Substances  #  # Oneway anova of toxic removal vs temperature # # Creation of a data frame.  # Values are entered by treatment into a vector called toxic. # The gl function generates the patterned factors for ba...</div><b>Date Added:</b> 2009-06-03 20:20:15<br /><br /></td></tr>
                            <tr><td><b><a href="/file/3655701/jodi/">jodi.ppt</a></b><br /><b>Path:</b> W. Alabama >> CHE >> 037 Fall, 2009<br /><div><b>Description:</b> Differential Equations Project 2004 July 30, 2004 20069891 20072893 20065182 One Directional Laminar Flow of an Incompressible Newtonian Fluid Through a Vertical Pipe Background Fluid Mechanics involves the calculation of parameters in a flowing sy...</div><b>Date Added:</b> 2009-06-03 20:20:55<br /><br /></td></tr>
                            <tr><td><b><a href="/file/3655743/intro/">intro.ppt</a></b><br /><b>Path:</b> Virgin Islands >> CSC >> 571 Fall, 2009<br /><div><b>Description:</b> CSC 485E/CSC 571  Advanced Databases  Introduction What\'s a database?  In essence a database is nothing more than a collection of information that exists over a long period of time.  Databases are empowered by a body of knowledge and technology embo...</div><b>Date Added:</b> 2009-06-03 20:21:02<br /><br /></td></tr>
                            <tr><td><b><a href="/file/3656963/lrorb1998431/">lrorb1998431.txt</a></b><br /><b>Path:</b> Allan Hancock College >> LRORB >> 1998431 Fall, 2009<br /><div><b>Description:</b>                  PARLIAMENT OF VICTORIA     Land (Further Revocation of Reservations) Act                        1998                                   Act No.                       TABLE OF PROVISIONS Clause                                       ...</div><b>Date Added:</b> 2009-06-03 20:25:17<br /><br /></td></tr>
                            <tr><td><b><a href="/file/3657016/consent/">consent.doc</a></b><br /><b>Path:</b> Sveriges lantbruksuniversitet >> CMPT >> 363 Fall, 2009<br /><div><b>Description:</b> School of Computing Science Simon Fraser University Tel: 604.291.4277 Fax: 604.291.3045 Web: http:/www.cs.sfu.ca User Interface Design Information for Interviewees Duration Investigator Course Instructors: JanuaryApril, 2007 Students of CMPT 363: Us...</div><b>Date Added:</b> 2009-06-03 20:25:27<br /><br /></td></tr>
                            <tr><td><b><a href="/file/3657040/nmar20071n147o2007521/">nmar20071n147o2007521.txt</a></b><br /><b>Path:</b> Allan Hancock College >> NMAR >> 20071 Fall, 2009<br /><div><b>Description:</b>                              EXPLANATORY STATEMENT                  Select Legislative Instrument 2007 No. 147  Issued by the Authority of the Parliamentary Secretary to the Minister for                        Industry, Tourism and Resources    ...</div><b>Date Added:</b> 2009-06-03 20:25:32<br /><br /></td></tr>
                            <tr><td><b><a href="/file/3657443/HIST225D02/">HIST225D02.TXT</a></b><br /><b>Path:</b> Sveriges lantbruksuniversitet >> HIST >> 20031 Fall, 2009<br /><div><b>Description:</b> Sheet1 PROFILE OF STUDENTS IN SFU COURSES COURSE: HIST 225-3 D02 LOCATION: SFU TITLE: 20TH CENTURY EUROPE SECTION TYPE: LEC SEMESTER: 2003-1 ENROL: 29 = PROGRAM OF STUDENT (Top 5 programs reported in each category Programs with &lt; 3 students not shown...</div><b>Date Added:</b> 2009-06-03 20:26:48<br /><br /></td></tr>
                            <tr><td><b><a href="/file/3657771/v03n514/">v03.n514.txt</a></b><br /><b>Path:</b> Air Force Academy >> STA >> 575 Fall, 2009<br /><div><b>Description:</b> From - Tue Oct 31 09:40:11 2000 Received: from broadway.sfn.saskatoon.sk.ca (majordomo@broadway.sfn.saskatoon.sk.ca [198.169.128.1]) 	by skatter.USask.Ca (8.9.3/8.9.3) with ESMTP id UAA04813; 	Thu, 26 Oct 2000 20:51:47 -0600 (CST) Received: (from maj...</div><b>Date Added:</b> 2009-06-03 20:27:52<br /><br /></td></tr>
                            <tr><td><b><a href="/file/3657772/v03n514/">v03.n514.txt</a></b><br /><b>Path:</b> Air Force Academy >> V >> 575 Fall, 2009<br /><div><b>Description:</b> From - Tue Oct 31 09:40:11 2000 Received: from broadway.sfn.saskatoon.sk.ca (majordomo@broadway.sfn.saskatoon.sk.ca [198.169.128.1]) 	by skatter.USask.Ca (8.9.3/8.9.3) with ESMTP id UAA04813; 	Thu, 26 Oct 2000 20:51:47 -0600 (CST) Received: (from maj...</div><b>Date Added:</b> 2009-06-03 20:27:52<br /><br /></td></tr>
                            <tr><td><b><a href="/file/3658020/WEEK-08/">WEEK-08.doc</a></b><br /><b>Path:</b> Allan Hancock College >> ARCH >> 3120 Fall, 2009<br /><div><b>Description:</b> WEEK-08 UPDATE ARCH3120 THURSDAY  April 24th EXAM POSTPONED Greg Killen cannot be here today, so there is no lecture. The EXAM has also been postponed until NEXT WEEK on the afternoon of FRIDAY, MAY 2nd Please note: The Exam will cover topics cover...</div><b>Date Added:</b> 2009-06-03 20:28:40<br /><br /></td></tr>
                            <tr><td><b><a href="/file/3658066/phil300all/">phil300all.txt</a></b><br /><b>Path:</b> Sveriges lantbruksuniversitet >> PHIL >> 19971 Fall, 2009<br /><div><b>Description:</b>                    PROFILE OF STUDENTS IN SFU COURSES                        COURSE:    PHIL 300-3 ALL SECTIONS   LOCATION:      SFU   TITLE:     INTRO TO PHILOSOPHY       SECTION TYPE:  LEC  SEMESTER:  1997-1                    ENROL:         55   ...</div><b>Date Added:</b> 2009-06-03 20:28:49<br /><br /></td></tr>
                            <tr><td><b><a href="/file/3659413/v03n400/">v03.n400.txt</a></b><br /><b>Path:</b> Air Force Academy >> V >> 575 Fall, 2009<br /><div><b>Description:</b> From - Tue Jun 27 14:25:39 2000 Received: from broadway.sfn.saskatoon.sk.ca (majordomo@broadway.sfn.saskatoon.sk.ca [198.169.128.1]) 	by skatter.USask.Ca (8.9.3/8.8.5) with ESMTP id UAA29534; 	Mon, 26 Jun 2000 20:06:16 -0600 (CST) Received: (from maj...</div><b>Date Added:</b> 2009-06-03 20:33:18<br /><br /></td></tr>
                            <tr><td><b><a href="/file/3659412/v03n400/">v03.n400.txt</a></b><br /><b>Path:</b> Air Force Academy >> STA >> 575 Fall, 2009<br /><div><b>Description:</b> From - Tue Jun 27 14:25:39 2000 Received: from broadway.sfn.saskatoon.sk.ca (majordomo@broadway.sfn.saskatoon.sk.ca [198.169.128.1]) 	by skatter.USask.Ca (8.9.3/8.8.5) with ESMTP id UAA29534; 	Mon, 26 Jun 2000 20:06:16 -0600 (CST) Received: (from maj...</div><b>Date Added:</b> 2009-06-03 20:33:18<br /><br /></td></tr>
                            <tr><td><b><a href="/file/3659507/v02n297/">v02n297.txt</a></b><br /><b>Path:</b> Air Force Academy >> STA >> 575 Fall, 2009<br /><div><b>Description:</b> From owner-cdn-firearms-digest@broadway.sfn.saskatoon.sk.ca  Fri Mar 27 07:02:29 1998 Date: Fri, 27 Mar 1998 06:49:43 -0600 From: owner-cdn-firearms-digest@sfn.saskatoon.sk.ca (Cdn-Firearms Digest) To: cdn-firearms-digest@broadway.sfn.saskatoon.sk.ca...</div><b>Date Added:</b> 2009-06-03 20:33:35<br /><br /></td></tr>
                            <tr><td><b><a href="/file/3659505/v02n654/">v02n654.txt</a></b><br /><b>Path:</b> Air Force Academy >> STA >> 575 Fall, 2009<br /><div><b>Description:</b> From - Thu Oct 22 11:19:52 1998 Received: from broadway.sfn.saskatoon.sk.ca (broadway.sfn.saskatoon.sk.ca [198.169.128.1]) 	by skatter.USask.Ca (8.8.5/8.8.5) with ESMTP id SAA02392; 	Wed, 21 Oct 1998 18:57:28 -0600 (CST) Received: (from majordomo@loc...</div><b>Date Added:</b> 2009-06-03 20:33:35<br /><br /></td></tr>
                            <tr><td><b><a href="/file/3661288/wcarab2006490/">wcarab2006490.txt</a></b><br /><b>Path:</b> Allan Hancock College >> WCARAB >> 2006490 Fall, 2009<br /><div><b>Description:</b>                                     1                  Workers\' Compensation and Rehabilitation                            Amendment Bill 2006 Workers\' Compensation and Rehabilitation Amendment Bill 2006 Explanatory Notes General Outline Short ...</div><b>Date Added:</b> 2009-06-03 20:39:39<br /><br /></td></tr>
                            <tr><td><b><a href="/file/3661313/Lectures11Toolbox2004/">Lectures11Toolbox2004.ppt</a></b><br /><b>Path:</b> Allan Hancock College >> LECTURES >> 451 Fall, 2009<br /><div><b>Description:</b> Land Administration 451-418/607 Lectures 11 - 2004 Land administration \&quot;best practice\&quot; and the \&quot;toolbox\&quot; concept Ian Williamson There is an enormous amount of effort worldwide to understand the problems of shelter, access to land, security of tenur...</div><b>Date Added:</b> 2009-06-03 20:39:43<br /><br /></td></tr>
                            <tr><td><b><a href="/file/3661481/IntroductionTesting/">Introduction_Testing.ppt</a></b><br /><b>Path:</b> Allan Hancock College >> CITP >> 0312 Fall, 2009<br /><div><b>Description:</b> Introduction to Testing What is testing? \&quot;Testing is a process of executing a program with the intent of finding an error.\&quot; (Pressman, p. 439, 2001) The aim of testing is to execute the program destructively in order to find an as-yetundiscovered er...</div><b>Date Added:</b> 2009-06-03 20:40:15<br /><br /></td></tr>
                            <tr><td><b><a href="/file/3661564/css-example-week3/">css-example-week3.txt</a></b><br /><b>Path:</b> Allan Hancock College >> COMP >> 249 Fall, 2009<br /><div><b>Description:</b> Lorem ipsum dolor sit amet    Lorem ipsum dolor sit amet, consectetur adipisicing elit, sed do    eiusmod tempor incididunt ut labore et dolore magna aliqua. Ut enim ad    minim veniam, quis nostrud exercitation ullamco laboris nisi ut aliquip    ex...</div><b>Date Added:</b> 2009-06-03 20:40:32<br /><br /></td></tr>
                            <tr><td><b><a href="/file/3661925/car20074n195o2007471/">car20074n195o2007471.txt</a></b><br /><b>Path:</b> Allan Hancock College >> CAR >> 20074 Fall, 2009<br /><div><b>Description:</b>  EXPLANATORY STATEMENT                  Select Legislative Instrument 2007 No. 195    Issued by the authority of the Parliamentary Secretary to the Treasurer                             Corporations Act 2001                Corporations Amendment ...</div><b>Date Added:</b> 2009-06-03 20:41:52<br /><br /></td></tr>
                            <tr><td><b><a href="/file/3662417/Week2b/">Week2b.doc</a></b><br /><b>Path:</b> Allan Hancock College >> COIT >> 13143 Fall, 2009<br /><div><b>Description:</b> Course: Database Application Development (COIT13143) Year: 2008 Term: 2 Week: 2 (Part B) Note: These notes will spill over into week 3. Introduction to Forms  Continued  we\'ve been developing a form to record supplier details; currently it looks like...</div><b>Date Added:</b> 2009-06-03 20:43:36<br /><br /></td></tr>
                            <tr><td><b><a href="/file/3662416/Week2b/">Week2b.doc</a></b><br /><b>Path:</b> Allan Hancock College >> WEEK >> 13143 Fall, 2009<br /><div><b>Description:</b> Course: Database Application Development (COIT13143) Year: 2008 Term: 2 Week: 2 (Part B) Note: These notes will spill over into week 3. Introduction to Forms  Continued  we\'ve been developing a form to record supplier details; currently it looks like...</div><b>Date Added:</b> 2009-06-03 20:43:36<br /><br /></td></tr>
                            <tr><td><b><a href="/file/3663547/BU332MCPriceless/">BU332MCPriceless.doc</a></b><br /><b>Path:</b> Mitchell >> BU >> 332 Fall, 2009<br /><div><b>Description:</b> Re-Positioning a Brand MasterCard\'s \&quot;priceless\&quot; Campaign One of the riskiest endeavors in marketing and advertising is to relaunch a product from scratch. It takes a long time and a lot of money to develop a clear position for a brand, and major chan...</div><b>Date Added:</b> 2009-06-03 20:47:30<br /><br /></td></tr>
                            <tr><td><b><a href="/file/3663744/cear200362003n320573/">cear200362003n320573.txt</a></b><br /><b>Path:</b> Allan Hancock College >> CEAR >> 200362003 Fall, 2009<br /><div><b>Description:</b> CUSTOMS (PROHIBITED EXPORTS) AMENDMENT REGULATIONS 2003 (NO. 6) 2003 NO. 320  CUSTOMS (PROHIBITED EXPORTS) AMENDMENT REGULATIONS 2003 (NO. 6) 2003 NO. 320  - TABLE OF PROVISIONS 1.  Name of Regulations    2.  Commencement    3.  Amendment of Custom...</div><b>Date Added:</b> 2009-06-03 20:48:09<br /><br /></td></tr>
                            <tr><td><b><a href="/file/3663796/lgairab2008509/">lgairab2008509.txt</a></b><br /><b>Path:</b> Allan Hancock College >> LGAIRAB >> 2008509 Fall, 2009<br /><div><b>Description:</b>          Queensland Local Government and Industrial Relations Amendment Bill 2008                                       Queensland Local Government and Industrial Relations Amendment Bill 2008 Contents                                          ...</div><b>Date Added:</b> 2009-06-03 20:48:19<br /><br /></td></tr>
                            <tr><td><b><a href="/file/3663859/rabab2001282/">rabab2001282.txt</a></b><br /><b>Path:</b> Allan Hancock College >> RABAB >> 2001282 Fall, 2009<br /><div><b>Description:</b>                  PARLIAMENT OF VICTORIA    Racing and Betting Acts (Amendment) Act 2000                                   Act No.                         TABLE OF PROVISIONS Clause                                                                 Pa...</div><b>Date Added:</b> 2009-06-03 20:48:31<br /><br /></td></tr>
                            <tr><td><b><a href="/file/3664379/1997-131/">1997-131.txt</a></b><br /><b>Path:</b> Allan Hancock College >> N >> 1701 Fall, 2009<br /><div><b>Description:</b> Jean Normand Drouin From:	Jean-Normand Drouin Sent:	Friday, May 30, 1997 6:56 PM Subject:	SC7/97-131 :  Attendance List At The Upcoming JTC1/SC7 Plenary in Walnut Creek. ==   MESSAGE IDENTIFIER: ISO/IEC JTC1/SC7/Secretariat/SC7-1997-131 = Dear...</div><b>Date Added:</b> 2009-06-03 20:50:18<br /><br /></td></tr>
                            <tr><td><b><a href="/file/3664380/1997-131/">1997-131.txt</a></b><br /><b>Path:</b> Allan Hancock College >> SC >> 1701 Fall, 2009<br /><div><b>Description:</b> Jean Normand Drouin From:	Jean-Normand Drouin Sent:	Friday, May 30, 1997 6:56 PM Subject:	SC7/97-131 :  Attendance List At The Upcoming JTC1/SC7 Plenary in Walnut Creek. ==   MESSAGE IDENTIFIER: ISO/IEC JTC1/SC7/Secretariat/SC7-1997-131 = Dear...</div><b>Date Added:</b> 2009-06-03 20:50:19<br /><br /></td></tr>
                            <tr><td><b><a href="/file/3664413/L1-2Neiss/">L1-2Neiss.ppt</a></b><br /><b>Path:</b> Allan Hancock College >> BIO >> 3305 Fall, 2009<br /><div><b>Description:</b> The Neisseria Recommended reading: Sherris p309-320 Mandell p1928-1930 Biology of the Neisseria  There have been 10 species described of which 2 are strict human pathogens  N. gonorrhoeae  N. meningitidis  Other species may be colonisers of the orop...</div><b>Date Added:</b> 2009-06-03 20:50:25<br /><br /></td></tr>
                            <tr><td><b><a href="/file/3664436/MIS3347/">MIS334_7.ppt</a></b><br /><b>Path:</b> Allan Hancock College >> MIS >> 334 Fall, 2009<br /><div><b>Description:</b> Topic 7 Bioeffect and Safety in MRI  Bioeffect of Static, Gradient Magnetic and Radiofrequency Electromagnetic Fields  Acoustic Noise.  Electrically, Magnetically or Mechanically Activated Implants and Devices,  Screening Patients with Metallic Forei...</div><b>Date Added:</b> 2009-06-03 20:50:29<br /><br /></td></tr>
                            <tr><td><b><a href="/file/3664662/tgar200062000n267434/">tgar200062000n267434.txt</a></b><br /><b>Path:</b> Allan Hancock College >> TGAR >> 200062000 Fall, 2009<br /><div><b>Description:</b> THERAPEUTIC GOODS AMENDMENT REGULATIONS 2000 (NO. 6) 2000 NO. 267  THERAPEUTIC GOODS AMENDMENT REGULATIONS 2000 (NO. 6) 2000 NO. 267  - TABLE OF PROVISIONS 1.  Name of Regulations    2.  Commencement    3.  Amendment of Therapeutic Goods Regulation...</div><b>Date Added:</b> 2009-06-03 20:51:15<br /><br /></td></tr>
                            <tr><td><b><a href="/file/3664704/bcab2002350/">bcab2002350.txt</a></b><br /><b>Path:</b> Allan Hancock College >> BCAB >> 2002350 Fall, 2009<br /><div><b>Description:</b>    2002    The Parliament of the    Commonwealth of Australia    HOUSE OF REPRESENTATIVES    Presented and read a first time    Bankruptcy (Estate Charges) Amendment Bill 2002    No. , 2002    (Attorney-General)    A Bill for an Act to amend the Bank...</div><b>Date Added:</b> 2009-06-03 20:51:22<br /><br /></td></tr>
                            <tr><td><b><a href="/file/3664735/fb199879/">fb199879.txt</a></b><br /><b>Path:</b> Allan Hancock College >> FB >> 199879 Fall, 2009<br /><div><b>Description:</b>     Queensland FINES BILL 1998                                                   Queensland                                    FINES BILL 1998                                    TABLE OF PROVISIONS Section                                    ...</div><b>Date Added:</b> 2009-06-03 20:51:29<br /><br /></td></tr>
                            <tr><td><b><a href="/file/3665729/coddrules/">codd_rules.doc</a></b><br /><b>Path:</b> CSU Fullerton >> DBAS >> 54566 Fall, 2009<br /><div><b>Description:</b> Logical Database Design (DBAS54566) Codd\'s 12 Rules For A Relational Database Product 1. Information. All data should be represented by values in tables. This not only includes the data in a database, but also information about the database, such as...</div><b>Date Added:</b> 2009-06-03 20:55:13<br /><br /></td></tr>
                            <tr><td><b><a href="/file/3665820/M2-32/">M2-32.doc</a></b><br /><b>Path:</b> UNC >> EC >> 101 Fall, 2009<br /><div><b>Description:</b> Chapter 32 / 16 Microfoundations of Macropolicy 1) BM32 \\ B \\ Aggregate Demand Curve: Interest Rates \\ 2 \\ If the price level rises, the quantity of aggregate output demanded will: (a) rise because the higher price level increases the real money sup...</div><b>Date Added:</b> 2009-06-03 20:55:34<br /><br /></td></tr>
                            <tr><td><b><a href="/file/3666105/Tutorial3Notes/">Tutorial3Notes.doc</a></b><br /><b>Path:</b> Alaska Anch >> CIOS >> 135 Fall, 2009<br /><div><b>Description:</b> Excel Spreadsheet Concepts and Applications I  Excel 2002 TUTORIAL 3 NOTES INSTRUCTOR: WADE SHAVER Tutorial 3  Developing a ProfessionalLooking Worksheet  Corrections: Page EX 3.30  Step 4 (under \&quot;To modify the Category style:\&quot;) should  read; \&quot;.(fif...</div><b>Date Added:</b> 2009-06-03 20:56:42<br /><br /></td></tr>
                            <tr><td><b><a href="/file/3666324/cmpt225recursion/">cmpt225recursion.ppt</a></b><br /><b>Path:</b> Sveriges lantbruksuniversitet >> CMPT >> 225 Fall, 2009<br /><div><b>Description:</b> CMPT 225 Recursion Objectives  Understand generated  Recursive Algorithms    how the Fibonacci series is Write simple recursive algorithms Analyze simple recursive algorithms Understand the drawbacks of recursion  Name other recursive algorithm...</div><b>Date Added:</b> 2009-06-03 20:57:30<br /><br /></td></tr>
                            <tr><td><b><a href="/file/3666774/CES592FirstProject/">CES592FirstProject.doc</a></b><br /><b>Path:</b> Sonoma >> CES >> 592 Fall, 2009<br /><div><b>Description:</b> CES 592 First Project: Test Plan Outline Due September 14, 2004 1. Assume that you are leading the testing team for a new telecom/datacom product that is being developed. 2. Select a telecom / datacom product of your choice  it must include both hard...</div><b>Date Added:</b> 2009-06-03 20:59:05<br /><br /></td></tr>
                            <tr><td><b><a href="/file/3667209/ac1/">ac1.ppt</a></b><br /><b>Path:</b> George Mason >> ISA  >> 562 Fall, 2008<br /><div><b>Description:</b> ISA 562 Internet Security  Theory &amp; Practice Access Control ISA 562 1 Objectives and References General (from ISC2 CBK Material ): Discuss  Access Control mechanisms, measures and  threats Details (from Bishop\'s Chapters 2): Access  control ...</div><b>Date Added:</b> 2009-06-03 21:00:48<br /><br /></td></tr>
                            <tr><td><b><a href="/file/3667440/Step2/">Step2.doc</a></b><br /><b>Path:</b> Appalachian State >> CED >> 5642 Fall, 2009<br /><div><b>Description:</b> How to Get Tutoring Online Step #2: Copy and Paste the following into an email to your instructor. For the email title put TUTORING FOR your name in this blank. Dear Instructor, Will you please refer me for online tutoring with Natural Resources Lear...</div><b>Date Added:</b> 2009-06-03 21:01:40<br /><br /></td></tr>
                            <tr><td><b><a href="/file/3667848/Lingoextra/">Lingo_extra.ppt</a></b><br /><b>Path:</b> East Los Angeles College >> CE >> 00279 Fall, 2009<br /><div><b>Description:</b> Passive applications Simplicity in itself But no easier to design e.g. forward and back (book structure) Observe, then press to move on Media is mostly auto-running on page load Media rich but little interaction Little, if anything can go wrong ...</div><b>Date Added:</b> 2009-06-03 21:03:10<br /><br /></td></tr>
                            <tr><td><b><a href="/file/3667974/ufpl/">uf.pl.txt</a></b><br /><b>Path:</b> East Los Angeles College >> MISC >> 108 Fall, 2009<br /><div><b>Description:</b> #!/usr/bin/perl -w use strict; use LWP:Simple; use XML:RSS; use Date:Format; # These regexes taken from Dailystrips my $patternpre = \&quot;&lt;img.+?src=\\\&quot;(http:/www\\.userfriendly\\.org/cartoons/archives/%y.+?/uf.+?\\.gif)\\\&quot;; my $urlpre = \&quot;http:/ars.userfrie...</div><b>Date Added:</b> 2009-06-03 21:03:42<br /><br /></td></tr>
                            <tr><td><b><a href="/file/3668132/bwioct/">bwioct.txt</a></b><br /><b>Path:</b> Naval Academy >> SO >> 503 Fall, 2008<br /><div><b>Description:</b> DAILY NORMALS AND RECORDS FOR THE MONTH OF OCTOBER FOR BALTIMORE MD      DAILY TEMP NORMALS AND EXTREMES  GREATEST PRECIP FOR CALENDAR DAY   DAY NMAX NMIN NPCP RMX YEAR RMN YEAR  AMOUNT   YEAR   SNOWFALL   YEAR 01   73   52  .10  91  1941  36 1947+ 2...</div><b>Date Added:</b> 2009-06-03 21:04:15<br /><br /></td></tr>
                            <tr><td><b><a href="/file/3669223/20220330200655RC60831/">20220330200655_RC_608_31.txt</a></b><br /><b>Path:</b> East Los Angeles College >> PHYSICS >> 2022033020 Fall, 2009<br /><div><b>Description:</b> #chan	code	gain	offset	innse	comment    0	   0	55.7	32.3	1621	OK    1	   0	59.0	31.5	1597	OK    2	   0	56.8	31.7	1638	OK    3	   0	58.5	30.3	1608	OK    4	   0	55.4	35.3	1608	OK    5	   0	59.6	29.6	1627	OK    6	   0	60.2	31.7	1610	OK    7	   0	56.8	33...</div><b>Date Added:</b> 2009-06-03 21:08:28<br /><br /></td></tr>
                            <tr><td><b><a href="/file/3669424/HelpCentreApr07/">HelpCentre_Apr07.ppt</a></b><br /><b>Path:</b> East Los Angeles College >> HELP >> 0407 Fall, 2009<br /><div><b>Description:</b> IT Learning Programme OUCS Help Centre  Weblearn Briefing for 2.16 release (17 April 2007) Special Feature: EasyWriter Paul Trafford WebLearn Team WebLearn reprise  WebLearn is a VLE made up of:  Usage:  Resources  contains the content, stored ...</div><b>Date Added:</b> 2009-06-03 21:09:09<br /><br /></td></tr>
                            <tr><td><b><a href="/file/3669423/HelpCentre610April06/">HelpCentre6_10April06.ppt</a></b><br /><b>Path:</b> East Los Angeles College >> HELP >> 0406 Fall, 2009<br /><div><b>Description:</b> IT Learning Programme OUCS Help Centre  Weblearn Briefing Opening up Access 11,20 April 2006 Paul Trafford WebLearn Team WebLearn reprise  WebLearn is a VLE made up of:  Usage:  Resources  contains the content, stored in database  and file syste...</div><b>Date Added:</b> 2009-06-03 21:09:09<br /><br /></td></tr>
                            <tr><td><b><a href="/file/3670064/spiritcrater/">spirit_crater.txt</a></b><br /><b>Path:</b> Arizona >> NATSCI >> 102 Fall, 2009<br /><div><b>Description:</b>  Donald Savage  Headquarters, Washington            January 13, 2004 (Phone: 202/358-1547) Guy Webster  Jet Propulsion Laboratory, Pasadena, Calif. (Phone: 818/354-5011) RELEASE: 04-021 GO TO THAT CRATER AND TURN RIGHT: SPIRIT GETS A TRAVEL  ITINE...</div><b>Date Added:</b> 2009-06-03 21:11:30<br /><br /></td></tr>
                            <tr><td><b><a href="/file/3670158/notes/">notes.txt</a></b><br /><b>Path:</b> Washington >> MATH >> 583 Fall, 2008<br /><div><b>Description:</b> 1) Return all graded homework  2) Clarify current homework assignment:      * All problems from dimension formulas chapter         and one linear algebra problem:            Exercise 7.1 (not easy).        Should have more linalg exercises but too l...</div><b>Date Added:</b> 2009-06-03 21:11:57<br /><br /></td></tr>
                            <tr><td><b><a href="/file/3670685/RandomNumberGen-GE703/">RandomNumberGen-GE703.ppt</a></b><br /><b>Path:</b> MSOE >> GE >> 703 Fall, 2009<br /><div><b>Description:</b> RANDOM NUMBER GENERATION Week 3 Kelton text (Ch. 12) GE-703 Kumpaty Generating Random Numbers  LCG (linear congruential generators) Zi = (a Zi-1 +c) mod (m)  Mixed (above); Multiplicative when c=0.  Seed value Z0  Maximum cycle length achieved is m...</div><b>Date Added:</b> 2009-06-03 21:13:53<br /><br /></td></tr>
                            <tr><td><b><a href="/file/3671028/green/">green.doc</a></b><br /><b>Path:</b> Iowa State >> MR >> 0831 Fall, 2009<br /><div><b>Description:</b> Radio Iowa, IA 08-31-07 New ISU College of Design building to be \&quot;green\&quot; By Pat Curtis Iowa State University is getting it\'s first \&quot;green\&quot; building on campus. A groundbreaking will be held next Friday on a pavilion addition to the ISU College of Desi...</div><b>Date Added:</b> 2009-06-03 21:15:20<br /><br /></td></tr>
                            <tr><td><b><a href="/file/3671029/green/">green.doc</a></b><br /><b>Path:</b> Iowa State >> PUBLIC >> 0831 Fall, 2009<br /><div><b>Description:</b> Radio Iowa, IA 08-31-07 New ISU College of Design building to be \&quot;green\&quot; By Pat Curtis Iowa State University is getting it\'s first \&quot;green\&quot; building on campus. A groundbreaking will be held next Friday on a pavilion addition to the ISU College of Desi...</div><b>Date Added:</b> 2009-06-03 21:15:20<br /><br /></td></tr>
                            <tr><td><b><a href="/file/3671616/spring2006midterm3/">spring2006midterm3.doc</a></b><br /><b>Path:</b> Pittsburgh >> CS >> 1501 Fall, 2006<br /><div><b>Description:</b> CS 1501 Spring 2006 Midterm Exam 3 Name_ 1) (5 Points) According to your instructor, what are the two reasons that it is quite difficult to write programs to implement geometric algorithms? 2) (20 points) a) Fill in the following table for the On...</div><b>Date Added:</b> 2009-06-03 21:17:18<br /><br /></td></tr>
                            <tr><td><b><a href="/file/3671931/g/">g.txt</a></b><br /><b>Path:</b> Duke >> CPS >> 100 Fall, 2009<br /><div><b>Description:</b> *MY VERSION, OH HOW I HAVE DEBAUCHED THE BACKSTREET BOYS\' MEANINGFUL LYRICS* \&quot;Code, Please Compile Today\&quot; - XXX and the Back(tracking) Boys I hate my compiler, My one desire, Believe when I pray: Please, god, compile today! But the TA is so far a...</div><b>Date Added:</b> 2009-06-03 21:18:23<br /><br /></td></tr>
                            <tr><td><b><a href="/file/3672444/Meeley84/">Meeley.84.txt</a></b><br /><b>Path:</b> Wisconsin >> ICE >> 1984 Fall, 2009<br /><div><b>Description:</b> AWS ID: 8915      SITE NAME: MEELEY      LOCATION : LAT 78.52 S  LONG 170.18 E   ROSS ICE SHELF      HEIGHT   : 50 M (ESTIMATED)       DATE ACTIVATED: 4 DECEMBER 1980      LAST VISITED  : 18 JANUARY 1983                         SENSORS SERVICED   ...</div><b>Date Added:</b> 2009-06-03 21:20:27<br /><br /></td></tr>
                            <tr><td><b><a href="/file/3672944/ce3401Lec8/">ce3401Lec8.doc</a></b><br /><b>Path:</b> Mich Tech >> CE >> 3401 Fall, 2008<br /><div><b>Description:</b> Lecture 10 General Horizontal Alignments Horizontal alignment is a trial and error process but AASHTO lists some general considerations that should be considered when setting the alignment of a road segment. They include; Alignment should be as direc...</div><b>Date Added:</b> 2009-06-03 21:22:09<br /><br /></td></tr>
                            <tr><td><b><a href="/file/3672987/dlcmac/">dlc_mac.ppt</a></b><br /><b>Path:</b> N.C. State >> CSC >> 570 Fall, 2008<br /><div><b>Description:</b> Data Link Control - Medium Access Control Rudra Dutta ECE/CSC 570 - Fall 2008, Section 001 Positioning  Local   Area Networks Small size; room, floor, building Small number of computers, dozens, hundreds  Many different approaches, standards  E...</div><b>Date Added:</b> 2009-06-03 21:22:19<br /><br /></td></tr>
                            <tr><td><b><a href="/file/3673788/Chap2/">Chap_2.doc</a></b><br /><b>Path:</b> Purdue >> ASM >> 322 Spring, 2008<br /><div><b>Description:</b> Getting Started If you will be using Farm Site Mate with a CE device (palm or handheld PC running WindowsTM CE), you will need to get both your CE device and your desktop computer set up to work with Site Mate. A partnership between the CE device and...</div><b>Date Added:</b> 2009-06-03 21:25:18<br /><br /></td></tr>
                            <tr><td><b><a href="/file/3673833/suicide/">suicide.txt</a></b><br /><b>Path:</b> Michigan State University >> FS >> 092096 Fall, 2009<br /><div><b>Description:</b> ASSISTED SUICIDE 9/19, 1996 By  DEE DRUMMOND Capital News Service           LANSING-Should terminally ill people have the right to decide when their life ends?           Sen. Jim Berryman, D-Adrian, believes yes-but with certain restrictions.    ...</div><b>Date Added:</b> 2009-06-03 21:25:27<br /><br /></td></tr>
                            <tr><td><b><a href="/file/3673940/ChapterConference/">Chapter+Conference.ppt</a></b><br /><b>Path:</b> UNC >> READ >> 1942007 Fall, 2009<br /><div><b>Description:</b> Alpha Phi Omega Rho Chapter  Conference March 28th, 2004 Carroll 111 2:005:00pm The Purpose of the Conference  To review our chapter\'s program for this  past year, and to plan our program for next  year.   Now is the time for the brothers to tell o...</div><b>Date Added:</b> 2009-06-03 21:26:15<br /><br /></td></tr>
                            <tr><td><b><a href="/file/3674211/dbupdate/">dbupdate.txt</a></b><br /><b>Path:</b> UNC >> INLS >> 183 Fall, 2008<br /><div><b>Description:</b> integrit: - integrit, version 3.02 - integrit:                      output : human-readable integrit:                   conf file : /usr/local/etc/integrit.conf integrit:                    known db : /usr/local/etc/integrit-cyan.cdb integrit:       ...</div><b>Date Added:</b> 2009-06-03 21:28:41<br /><br /></td></tr>
                            <tr><td><b><a href="/file/3674539/AIAConsultationflyer/">AIAConsultation_flyer.doc</a></b><br /><b>Path:</b> University of Hawaii - Hilo >> DOC >> 06252007 Fall, 2009<br /><div><b>Description:</b> Calling all Oahu LINC members! Are you Ready to Work with Volunteers with Disabilities? Are you ready to move forward, but are just not quite sure how? Maybe you are still a little uncomfortable about interacting with people with disabilities. Maybe...</div><b>Date Added:</b> 2009-06-03 21:30:57<br /><br /></td></tr>
                            <tr><td><b><a href="/file/3674932/511final2/">511final2.txt</a></b><br /><b>Path:</b> Utah >> GEOG >> 511 Fall, 2009<br /><div><b>Description:</b> 1. Coniferous Forest - High Density:  ISODTA produced 2-3 signature sets that represented this cover type well, all placing the cover in mid to high elevations and on north facing slopes.  We then confirmed the position of all the classes with the re...</div><b>Date Added:</b> 2009-06-03 21:32:29<br /><br /></td></tr>
                            <tr><td><b><a href="/file/3674969/19881221/">19881221.TXT</a></b><br /><b>Path:</b> Penn State >> BUB >> 1988 Fall, 2009<br /><div><b>Description:</b> Sheet1 STATE COLLEGE, PENNSYLVANIA DAILY WEATHER SUMMARY - Latest Complete Day [1200 UT - 1200 UT] -12/21/88 High Temperature Low Temperature Mean Temperature Rain or Liquid Equivalent Snow and/or Ice Pellets Snow Depth : : : 61 Rank (1=Warmest, ...</div><b>Date Added:</b> 2009-06-03 21:32:37<br /><br /></td></tr>
                            <tr><td><b><a href="/file/3675299/AcreageInformation/">AcreageInformation.doc</a></b><br /><b>Path:</b> Iowa State >> NR >> 608 Fall, 2009<br /><div><b>Description:</b> Acreage Information  ISU Scott County Extension Energy Harvesting Firewood Stretching Fuel Dollars Winterize your Home Diesel in the Winter Winter Energy Tips Thermostat Setback Trying to Stay Warm this Winter Water Heaters are Big Energy Users Home ...</div><b>Date Added:</b> 2009-06-03 21:33:45<br /><br /></td></tr>
                            <tr><td><b><a href="/file/3675332/2531200911003000AL3/">253_120091_1003000_AL3.doc</a></b><br /><b>Path:</b> University of Illinois, Urbana Champaign >> AL >> 253 Fall, 2009<br /><div><b>Description:</b> Finance 221 Course Syllabus Academic Integrity The University of Illinois statement on your obligation to maintain academic integrity is: If you engage in an act of academic dishonesty, you become liable to severe disciplinary action. Such acts inclu...</div><b>Date Added:</b> 2009-06-03 21:33:51<br /><br /></td></tr>
                            <tr><td><b><a href="/file/3675464/LCDF3Chap03P2/">LCDF3_Chap_03_P2.ppt</a></b><br /><b>Path:</b> UMBC >> CMSC >> 313 Summer, 2002<br /><div><b>Description:</b> Logic and Computer Design Fundamentals Chapter 3  Combinational Logic Design Part 2  Programmable Implementation Technologies Charles Kime &amp; Thomas Kaminski  2004 Pearson Education, Inc. Terms of Use (Hyperlinks are active in View Show mode) Overvi...</div><b>Date Added:</b> 2009-06-03 21:34:15<br /><br /></td></tr>
                            <tr><td><b><a href="/file/3676082/sashank/">sashank.ppt</a></b><br /><b>Path:</b> UT Arlington >> CSE >> 6339 Fall, 2008<br /><div><b>Description:</b> CRAWLING Sashank S Jupudi. Rohit Srivatsav. Agenda  Introduction  Architecture  Basic  Distributed  Various Components  Additional component (that makes the system  distributed)  Distributed Crawling. Introduction To Crawling  What is a Crawler an...</div><b>Date Added:</b> 2009-06-03 21:36:34<br /><br /></td></tr>
                            <tr><td><b><a href="/file/3676302/rccarandweb/">rccarandweb.doc</a></b><br /><b>Path:</b> Michigan State University >> ECE >> 482 Fall, 2009<br /><div><b>Description:</b> ECE 482 Project Pre-Proposal For Team 8: http:/www.egr.msu.edu/classes /ee482/Teams/99fall/design8/web The purpose of the Lisbon Endeavor is to create a remote collaboration system utilizing a PC/104 wearable computer. This system will provide a rem...</div><b>Date Added:</b> 2009-06-03 21:38:23<br /><br /></td></tr>
                            <tr><td><b><a href="/file/3676383/Color/">Color.ppt</a></b><br /><b>Path:</b> Wake Forest >> CSC >> 361 Spring, 2008<br /><div><b>Description:</b> Color CSC361/661  Digital Media Spring 2002 Burg/Wong     1 Color Light is electromagnetic energy in the 400 to  700 nanometer wavelength part of the  spectrum, perceived as the colors ranging  through violet, indigo, blue, green, yellow,  orang...</div><b>Date Added:</b> 2009-06-03 21:38:50<br /><br /></td></tr>
                            <tr><td><b><a href="/file/3676744/s09/">s09.ppt</a></b><br /><b>Path:</b> UNI >> CS >> 061 Fall, 2009<br /><div><b>Description:</b> Session 9 Manipulating entire pictures using looping Making a \&quot;black and white\&quot; photo Review : Pictures, Pixels, and color  colors are combinations of three types of light  red, green, and blue  Pictures on the computer are made up of an Array of P...</div><b>Date Added:</b> 2009-06-03 21:40:06<br /><br /></td></tr>
                            <tr><td><b><a href="/file/3677091/studenterrors/">studenterrors.doc</a></b><br /><b>Path:</b> U. Houston >> CUIN >> 3111 Fall, 2008<br /><div><b>Description:</b> WAY too many technical errors!    The amount of grammaer and usage error\'s today is astounding,. nNot to mention spelling. If I was a teacher, I\'d feel badly that less and less students seem to understand the basic principlesals of good writing. Neit...</div><b>Date Added:</b> 2009-06-03 21:41:15<br /><br /></td></tr>
                            <tr><td><b><a href="/file/3677737/bus416d01/">bus416d01.txt</a></b><br /><b>Path:</b> Sveriges lantbruksuniversitet >> BUS >> 19981 Fall, 2009<br /><div><b>Description:</b>                    PROFILE OF STUDENTS IN SFU COURSES                        COURSE:    BUS  416-3 D01            LOCATION:      SFU      TITLE:     INVESTMENT ANALYSIS       SECTION TYPE:  SEM  SEMESTER:  1998-1                    ENROL:         35...</div><b>Date Added:</b> 2009-06-03 21:43:39<br /><br /></td></tr>
                            <tr><td><b><a href="/file/3678196/ex1af08sol/">ex1a_f08sol.doc</a></b><br /><b>Path:</b> UF >> STA >> 6166 Summer, 2008<br /><div><b>Description:</b> STA 6166  Fall 2008  Exam 1 True or False    PRINT Name _ In conducting a hypothesis test regarding a mean, the smaller the P-value, the stronger the evidence against the null hypothesis. True We generally use histograms to display results correspo...</div><b>Date Added:</b> 2009-06-03 21:45:25<br /><br /></td></tr>
                            <tr><td><b><a href="/file/3678337/waste/">waste.doc</a></b><br /><b>Path:</b> Youngstown >> CHEM >> 6979 Fall, 2008<br /><div><b>Description:</b> Department of Chemistry Waste disposal Procedure 5/16/2009 10:33 a5/p5 The disposal of the waste generated from any experiment performed is a critical environmental issue and is the responsibility of anyone who designs/writes an experiment to be perf...</div><b>Date Added:</b> 2009-06-03 21:46:32<br /><br /></td></tr>
                            <tr><td><b><a href="/file/3678433/ch01/">ch01.ppt</a></b><br /><b>Path:</b> Portland >> CH >> 511 Fall, 2008<br /><div><b>Description:</b> 1-1 Chapter 1 - Introduction to Business and Overview of the Financial Statements and the Reporting Process FINANCIAL ACCOUNTING AN INTRODUCTION TO CONCEPTS, METHODS, AND USES 10th Edition Clyde P. Stickney and Roman L. Weil 1-2 Learning Objecti...</div><b>Date Added:</b> 2009-06-03 21:46:52<br /><br /></td></tr>
                            <tr><td><b><a href="/file/3678665/22Circuits/">22Circuits.ppt</a></b><br /><b>Path:</b> Princeton >> COS >> 461 Spring, 2009<br /><div><b>Description:</b> Circuit Switching Reading: 3.1.2, 3.3, 4.5, and 6.5 COS 461: Computer Networks Spring 2006 (MW 1:30-2:50 in Friend 109) Jennifer Rexford Teaching Assistant: Mike Wawrzoniak http:/www.cs.princeton.edu/courses/archive/spring06/cos461/ 1 Goals of Today...</div><b>Date Added:</b> 2009-06-03 21:47:47<br /><br /></td></tr>
                            <tr><td><b><a href="/file/3679326/AnimalLocationDisclosure/">AnimalLocationDisclosure.doc</a></b><br /><b>Path:</b> Iowa State >> NR >> 66505 Fall, 2009<br /><div><b>Description:</b> Received _ Animal Location Disclosure Exhibitor Name _ Age _ Grade _ Phone Number _ Club Name _ Species _ Location/Address of Animals for exhibition __ City _ This disclosure is required for ALL Livestock Exhibitors at the Southern Iowa Fair. Please...</div><b>Date Added:</b> 2009-06-03 21:51:27<br /><br /></td></tr>
                            <tr><td><b><a href="/file/3679638/51short/">51short.doc</a></b><br /><b>Path:</b> Wells >> MATH >> 212 Fall, 2009<br /><div><b>Description:</b> GENERAL VECTOR SPACES We discuss an algebraic structure that is an abstraction of vectors in R n. Definition: Let V be a set of objects with two operations defined on the set called addition and scalar multiplication. That is, for each u and v in V, ...</div><b>Date Added:</b> 2009-06-03 21:52:34<br /><br /></td></tr>
                            <tr><td><b><a href="/file/3679820/cometssv/">comets_sv.doc</a></b><br /><b>Path:</b> TCU >> P >> 20073 Fall, 2009<br /><div><b>Description:</b> Comets  No asteroid is visible to the unaided eye. Comets, however, are often spectacular visual phenomena, bright objects extending over many degrees. In antiquity, comets were perceived as ominous harbingers of doom. Comets are transient phenomena,...</div><b>Date Added:</b> 2009-06-03 21:53:49<br /><br /></td></tr>
                            <tr><td><b><a href="/file/3679845/Lesson29/">Lesson29.doc</a></b><br /><b>Path:</b> Purdue >> MA >> 15200 Fall, 2009<br /><div><b>Description:</b> Lesson 29 MA 152, Section 4.3 Since an exponential function is 1-1, it has an inverse. Remember the generalizations about the graph of an exponential function? y = bx 1. The y-intercept is (0, 1). 2. The graph is increasing if b &gt; 1, decreasing if ...</div><b>Date Added:</b> 2009-06-03 21:53:54<br /><br /></td></tr>
                            <tr><td><b><a href="/file/3680673/060529gore/">060529gore.txt</a></b><br /><b>Path:</b> Chester >> ECO >> 343 Fall, 2008<br /><div><b>Description:</b> Swift Boating the Planet - New York Times    May 29, 2006 Op-Ed Columnist Swift Boating the Planet  By PAUL KRUGMAN A brief segment in \&quot;An Inconvenient Truth\&quot; shows Senator Al Gore questioning  James Hansen, a climatologist at NASA, during a 1989...</div><b>Date Added:</b> 2009-06-03 21:56:42<br /><br /></td></tr>
                            <tr><td><b><a href="/file/3680731/061107NicOrtega/">061107NicOrtega.txt</a></b><br /><b>Path:</b> Chester >> ECO >> 343 Fall, 2008<br /><div><b>Description:</b> From: Joe Quinn [jequinn@mac.com] Sent: Tuesday, November 07, 2006 2:28 PM To: Bove, Roger Even Subject: tarnished Ortega From comandante to caudillo Daniel Ortega\'s election win may look like another triumph for the left in Latin America, but Nicar...</div><b>Date Added:</b> 2009-06-03 21:56:52<br /><br /></td></tr>
                            <tr><td><b><a href="/file/3680760/Balkan-Insight-No22/">Balkan Insight No.22.txt</a></b><br /><b>Path:</b> Chester >> ECO >> 343 Fall, 2008<br /><div><b>Description:</b> From: Balkan Investigative Reporting Network [info@birn.eu.com] Sent: Thursday, February 23, 2006 10:30 PM To: Bove, Roger Even Subject: Balkan Insight No.22 WELCOME!  THIS IS BIRN\'S BALKAN INSIGHT, No.22,  February 23, 2006 IN THIS ISSUE: MEDIA ...</div><b>Date Added:</b> 2009-06-03 21:56:57<br /><br /></td></tr>
                            <tr><td><b><a href="/file/3681171/Phillips-3131-Syllabus-v-11202008/">Phillips 3131 Syllabus v 11.20.2008.doc</a></b><br /><b>Path:</b> UCF >> ACG >> 3131 Fall, 2008<br /><div><b>Description:</b> University of Central Florida School of Accounting ACG 3131 Section 0004 Financial Accounting Concepts &amp; Analysis (3 credit hours) Fall 2008 Syllabus Instructor Office E-mail Webpage Mrs. Jillian Phillips, MSA, CPA BAI, Room 475 jphillips@bus.ucf.edu...</div><b>Date Added:</b> 2009-06-03 21:58:17<br /><br /></td></tr>
                            <tr><td><b><a href="/file/3681195/Chapter-21-Activity/">Chapter 21 Activity.doc</a></b><br /><b>Path:</b> UCF >> ACG >> 3131 Fall, 2008<br /><div><b>Description:</b> Chapter 21 In- Class Activity Part 1A: April Woods\' Accounts Receivable increased during the year by $4 million. Its Bad Debt expense was $2 million, and its Allowance for Uncollectible Accounts increased by $1 million. April Woods also had $44 milli...</div><b>Date Added:</b> 2009-06-03 21:58:23<br /><br /></td></tr>
                            <tr><td><b><a href="/file/3681273/Week7faceCh-15psychology/">Week7_face_Ch 15_psychology.ppt</a></b><br /><b>Path:</b> Wilfrid Laurier >> CPSC >> 601 Fall, 2009<br /><div><b>Description:</b> Psychological and Neural Perspectives on Human Face Recognition Outline 1. Psychological Aspects of Face Perception and Recognition 2. Characteristics of Human Face Recognition 3. Neural Systems Underlying Face Recognition Psychological Aspects of ...</div><b>Date Added:</b> 2009-06-03 21:58:37<br /><br /></td></tr>
                            <tr><td><b><a href="/file/3681313/syllabus/">syllabus.ps</a></b><br /><b>Path:</b> Berkeley >> CS >> 150 Fall, 1996<br /><div><b>Description:</b> %!PS-Adobe-2.0 %Creator: dvipsk 5.58f Copyright 1986, 1994 Radical Eye Software %Title: syllabus.dvi %Pages: 1 %PageOrder: Ascend %BoundingBox: 0 0 612 792 %EndComments %DVIPSCommandLine: dvips -o syllabus.ps syllabus.dvi %DVIPSParameters: dpi=300, c...</div><b>Date Added:</b> 2009-06-03 21:58:46<br /><br /></td></tr>
                            <tr><td><b><a href="/file/3681407/Paper2/">Paper2.doc</a></b><br /><b>Path:</b> Kennesaw >> DJA >> 0648 Fall, 2009<br /><div><b>Description:</b> David Albert Honors 4490/01 Dr. Liza Davis Sunday, January 29, 2006 Short Paper #2 Relatively Gawain Sir Gawain and the Green Knight is clearly the most artistic work we have reviewed to date. Although some readers may enjoy this work based solely on...</div><b>Date Added:</b> 2009-06-03 21:59:05<br /><br /></td></tr>
                            <tr><td><b><a href="/file/3681488/AssessingOurCollaborativePractices/">Assessing_Our_Collaborative_Practices.doc</a></b><br /><b>Path:</b> Kennesaw >> EXC >> 7780 Fall, 2009<br /><div><b>Description:</b> Assessing Our Collaborative Practices* Complete the following checklist and tell us which items should become a future training priorities. Yes Student Information that Emphasizes the Whole Child 1. Do we have a procedure for sharing information abou...</div><b>Date Added:</b> 2009-06-03 21:59:23<br /><br /></td></tr>
                            <tr><td><b><a href="/file/3682058/2-Vowels-and-consonants/">2 Vowels and consonants.doc</a></b><br /><b>Path:</b> East Los Angeles College >> GM >> 4068 Fall, 2009<br /><div><b>Description:</b> Figure 1. Vowels part 1 Figure 2. Vowels part 2 32abc65ac52707b0ea06996c6c117827433b3a0a.doc: CTS Page 1 11/04/05 Figure 3. Consonants part 1 Figure 4. Consonants part 2 32abc65ac52707b0ea06996c6c117827433b3a0a.doc: CTS Page 2 11/04/05 ...</div><b>Date Added:</b> 2009-06-03 22:01:26<br /><br /></td></tr>
                            <tr><td><b><a href="/file/3682186/DominicGPSErrors/">Dominic_GPS_Errors.xls</a></b><br /><b>Path:</b> Princeton >> FRS >> 144 Fall, 2009<br /><div><b>Description:</b> Longitude over Time 7439.61 7439.6 7439.6 7439.6 Longitude 7439.6 Longitude 7439.6 7439.59 7439.59 7439.59 0 500 1000 1500 2000 2500 3000 3500 4000 Seconds Position 4020.92 4020.92 4020.91 Latitude 4020.91 Latitude 4020.9 4020.9 40...</div><b>Date Added:</b> 2009-06-03 22:01:52<br /><br /></td></tr>
                            <tr><td><b><a href="/file/3682614/Two-Part-Epoxy-Kasia-Sieluzycka/">Two Part Epoxy Kasia Sieluzycka.doc</a></b><br /><b>Path:</b> Arizona >> HW >> 421 Fall, 2009<br /><div><b>Description:</b> Kasia Sieluzycka OPTI 421 HW 10 Part 1 12/27/08 Two Part Epoxy Technical Memo Summary: Epoxy is a very strong adhesive that can be used for a huge variety of applications for bonding of metal, wood, glass, some plastics, ceramics, and stone. It is e...</div><b>Date Added:</b> 2009-06-03 22:03:20<br /><br /></td></tr>
                            <tr><td><b><a href="/file/3683758/lect17-2008/">lect17-2008.ps</a></b><br /><b>Path:</b> East Los Angeles College >> COMSM >> 1402 Fall, 2009<br /><div><b>Description:</b> %!PS-Adobe-2.0 %Creator: dvips(k) 5.96.1 Copyright 2007 Radical Eye Software %Title: lect17-2008.dvi %CreationDate: Wed Jan 14 18:26:21 2009 %Pages: 3 %PageOrder: Ascend %BoundingBox: 0 0 596 842 %DocumentFonts: CMBX12 CMR12 CMR17 CMTI12 CMSY10 CMMI1...</div><b>Date Added:</b> 2009-06-03 22:08:50<br /><br /></td></tr>
                            <tr><td><b><a href="/file/3684121/kidsviedo/">kidsviedo.doc</a></b><br /><b>Path:</b> Iowa State >> MR >> 0922 Fall, 2009<br /><div><b>Description:</b> Associated Press 09-18-06 Are kids\' video games too violent? Test one yourself By Amy Lorentzen Associated Press AMES, Iowa  Moms and dads, crack your knuckles, stretch your wrists and hunker down in front of the television or computer monitor  it\'s ...</div><b>Date Added:</b> 2009-06-03 22:09:48<br /><br /></td></tr>
                            <tr><td><b><a href="/file/3684581/feed/">feed.doc</a></b><br /><b>Path:</b> Iowa State >> MR >> 0728 Fall, 2009<br /><div><b>Description:</b> Farm Industry News July 1, 2006 FOLLOW THAT FEED By Lora Berg HOW FAR do crop producers have to go to prove the corn, soybeans or hay growing in their fields is safe for animals or people to eat? Today the U.S. Food and Drug Administration\'s trace-ba...</div><b>Date Added:</b> 2009-06-03 22:11:09<br /><br /></td></tr>
                            <tr><td><b><a href="/file/3684582/feed/">feed.doc</a></b><br /><b>Path:</b> Iowa State >> PUBLIC >> 0728 Fall, 2009<br /><div><b>Description:</b> Farm Industry News July 1, 2006 FOLLOW THAT FEED By Lora Berg HOW FAR do crop producers have to go to prove the corn, soybeans or hay growing in their fields is safe for animals or people to eat? Today the U.S. Food and Drug Administration\'s trace-ba...</div><b>Date Added:</b> 2009-06-03 22:11:09<br /><br /></td></tr>
                            <tr><td><b><a href="/file/3684712/PRnetroute/">PRnet.route.ps</a></b><br /><b>Path:</b> Berkeley >> CS >> 294 Fall, 1924<br /><div><b>Description:</b> %!PS-Adobe-3.0 %Title: (PRnet.route.ppt) %Creator: (Microsoft PowerPoint: LaserWriter 8 8.3.2) %CreationDate: (19:26 Sunday, March 3, 1996) %For: (Randy H. Katz) %Pages: 15 %DocumentFonts: Helvetica Symbol Helvetica-Bold Helvetica-BoldOblique %Docume...</div><b>Date Added:</b> 2009-06-03 22:11:40<br /><br /></td></tr>
                            <tr><td><b><a href="/file/3685571/delf06c0/">del_f06_c0.txt</a></b><br /><b>Path:</b> Stanford >> CPT >> 080619 Fall, 2009<br /><div><b>Description:</b>         8152       6   0    1     -0.3125     -0.8125   -585.25048828      1.03076172   0    1     -0.1875     -0.8125   -585.45300293      1.00311279   0    1     -0.0625     -0.8125   -585.48431396      1.09597778   0    1      0.0625     -0.8125  ...</div><b>Date Added:</b> 2009-06-03 22:14:57<br /><br /></td></tr>
                            <tr><td><b><a href="/file/3685735/l20/">l20.ppt</a></b><br /><b>Path:</b> Duke >> CPS >> 006 Fall, 2009<br /><div><b>Description:</b> Iterator  Look at each element in ?   Iterator is an interface  Something that is an Iterator must have the methods:   (This concept is similar to the idea of an abstract class) hasNext() next()     Look at the API Used in the following patter...</div><b>Date Added:</b> 2009-06-03 22:15:46<br /><br /></td></tr>
                            <tr><td><b><a href="/file/3685753/Balkan-Insight-No22/">Balkan Insight No.22.txt</a></b><br /><b>Path:</b> Chester >> ECO >> 338 Fall, 2008<br /><div><b>Description:</b> From: Balkan Investigative Reporting Network [info@birn.eu.com] Sent: Thursday, February 23, 2006 10:30 PM To: Bove, Roger Even Subject: Balkan Insight No.22 WELCOME!  THIS IS BIRN\'S BALKAN INSIGHT, No.22,  February 23, 2006 IN THIS ISSUE: MEDIA ...</div><b>Date Added:</b> 2009-06-03 22:15:49<br /><br /></td></tr>
                            <tr><td><b><a href="/file/3686031/hw3/">hw3.ps</a></b><br /><b>Path:</b> Maryland >> CMSC >> 451 Fall, 2005<br /><div><b>Description:</b> %!PS-Adobe-2.0 %Creator: dvips(k) 5.95a Copyright 2005 Radical Eye Software %Title: hw3.dvi %Pages: 1 %PageOrder: Ascend %BoundingBox: 0 0 595 842 %DocumentFonts: CMR17 CMR12 CMR10 CMMI10 %DocumentPaperSizes: a4 %EndComments %DVIPSWebPage: (www.radic...</div><b>Date Added:</b> 2009-06-03 22:17:01<br /><br /></td></tr>
                            <tr><td><b><a href="/file/3686859/abg484/">abg484.txt</a></b><br /><b>Path:</b> Montana >> ABG >> 484 Fall, 2009<br /><div><b>Description:</b>                                10         20         30         40         50  LG484R.SEQ  &gt;        1 TATACCAGAC ACCATATGTT ATTATTCTCT CCATTAAAGC TGGTGAAGAA        50 KG484R.SEQ  &gt;       -8 .AC ACCATATGTT ATTATTCTCT CCATTAAAGC TGGTGAAGAA        42 MG...</div><b>Date Added:</b> 2009-06-03 22:20:12<br /><br /></td></tr>
                            <tr><td><b><a href="/file/3686961/rfc3241/">rfc3241.txt</a></b><br /><b>Path:</b> Dallas >> EE >> 6345 Fall, 2008<br /><div><b>Description:</b>  Network Working Group                                         C. Bormann Request for Comments: 3241                                TZI/Uni Bremen Updates: 1332                                                 April 2002 Category: Standards Track...</div><b>Date Added:</b> 2009-06-03 22:20:37<br /><br /></td></tr>
                            <tr><td><b><a href="/file/3687339/H-II-PP-Baroque-for-students/">H-II-PP-Baroque for students.ppt</a></b><br /><b>Path:</b> Catholic >> ARCH >> 136 Fall, 2009<br /><div><b>Description:</b> #&gt;# #K#TK#UK#VK#WK#XK#YK#ZK#[K#\\K#] K#^K#_K#`K#aK#bK#cK#dK#eK#fK#gK#hK#iK#jK#kK#lK#mK#nK#oK#pK#qK# rK#sK#tK#uK#vK#wK#xK#yK#zK#{K#| K#}K#~K#K#K#K#K#K#K#K#K#K#K#K#K#K#K#K# K#K#K#K#K#K#K#K#K#K#K#K#K#K#K#K#K#K# K#K#K#K#K#K#K#K#K#K#K#K#K#K#K#K#K#K #K#K#K#...</div><b>Date Added:</b> 2009-06-03 22:22:06<br /><br /></td></tr>
                            <tr><td><b><a href="/file/3687458/Lecture9/">Lecture9.pptx</a></b><br /><b>Path:</b> UCSD >> CSE >> 105 Fall, 2001<br /><div><b>Description:</b> Introduction to Computability Theory Lecture9: The Pumping Click to edit Master subtitle style Lemma for Context Free Languages Prof. Amos Israeli 11 5/16/09 Introduction and Motivation In this lecture we present the Pumping Lemma for Context Fre...</div><b>Date Added:</b> 2009-06-03 22:23:01<br /><br /></td></tr>
                            <tr><td><b><a href="/file/3687962/Atmel-DF-for-TAD/">Atmel - DF for TAD.ppt</a></b><br /><b>Path:</b> UNC Charlotte >> ECGR >> 4101 Spring, 2008<br /><div><b>Description:</b> DataFlashTM. Pure Genius  Low Pin Count, Feature Rich Sequential Access Flash  Incorporates Features Not Found in Other Flash  Unique software and hardware features  Features designed to provide optimum flexibility  Ideal for Data Storage Applicatio...</div><b>Date Added:</b> 2009-06-03 22:25:15<br /><br /></td></tr>
                            <tr><td><b><a href="/file/3688066/IES-C-Coding-Standards/">IES - C Coding Standards.ppt</a></b><br /><b>Path:</b> UNC Charlotte >> ECGR >> 4101 Spring, 2008<br /><div><b>Description:</b> 1 C Coding Standards  Code has two requirements How Should Software be Coded? 2  To work  To communicate how it works to the author and others  After the code\'s author wins the lottery and quits the company, how hard do you want it to be to pick...</div><b>Date Added:</b> 2009-06-03 22:25:35<br /><br /></td></tr>
                            <tr><td><b><a href="/file/3688168/Lithops/">Lithops.doc</a></b><br /><b>Path:</b> Missouri State >> AGH >> 243 Fall, 2008<br /><div><b>Description:</b> Cactaceae Family Lithops spp., Living Stones lith  ops   Description  : Lithops originate from South Africa and  Namibia where they have become highly adapted to  conditions of extreme heat and drought.    Foliage  : Although it is hard to i...</div><b>Date Added:</b> 2009-06-03 22:25:57<br /><br /></td></tr>
                            <tr><td><b><a href="/file/3688501/NS1300SyllabusSpring09/">NS1300SyllabusSpring09.doc</a></b><br /><b>Path:</b> Houston Downtown >> NS >> 1300 Fall, 2008<br /><div><b>Description:</b> Natural Science 1300: Emergence of Modern Science Spring 2009 CRN: 20920 and 20921 INSTRUCTOR: Dr. Brad Hoge EMAIL: hogeb@uhd.edu TIME/LOCATION: Lecture: Tu/Th 8:00-8:45; A405 Lab/Discussion: Tu or Th 9:00-10:45; S806 Welcome to Natural Sciences 1300...</div><b>Date Added:</b> 2009-06-03 22:27:18<br /><br /></td></tr>
                            <tr><td><b><a href="/file/3688511/Sep3Lecture/">Sep3_Lecture.docx</a></b><br /><b>Path:</b> Idaho >> FCS >> 361 Fall, 2008<br /><div><b>Description:</b> September 3 Lecture Outline Chapter 3: Carbohydrates      Review of Absorption, Transport, &amp; Distribution Glycemic vs. Glycemic Load Glycogenesis- making of glycogen Glycogenolysis- breakdown of glycogen Glycolysis- oxidation of glucose Absorption, ...</div><b>Date Added:</b> 2009-06-03 22:27:20<br /><br /></td></tr>
                            <tr><td><b><a href="/file/3688676/398-Syllabus-2009/">398 Syllabus 2009.doc</a></b><br /><b>Path:</b> Wells >> BCS >> 398 Fall, 2009<br /><div><b>Description:</b> INDEPENDENT RESEARCH IN BIOLOGY AND CHEMISTRY BCS 398L Spring 2009 Instructor: Dr. Jackie Schnurr Office: 315 Stratton Phone: 364-3274 e-mail: jschnurr@wells.edu AOL Screenname: NictinastyJackie Office Hours: MTWF 11:00  12:00, or when I\'m in my offi...</div><b>Date Added:</b> 2009-06-03 22:27:52<br /><br /></td></tr>
                            <tr><td><b><a href="/file/3688948/L13Functions2/">L13Functions2.ppt</a></b><br /><b>Path:</b> UMBC >> CS >> 104 Fall, 2009<br /><div><b>Description:</b> Functions, Part 2 of 2 Topics    Functions That Return a Value Parameter Passing Local Variables 1 Functions Can Return Values /* * AverageTwo - calculates and returns the average of two numbers * Inputs: num1 - a number * num2 - a number * Output...</div><b>Date Added:</b> 2009-06-03 22:29:00<br /><br /></td></tr>
                            <tr><td><b><a href="/file/3689093/setenv/">setenv.doc</a></b><br /><b>Path:</b> UCLA >> CS >> 190 Fall, 2009<br /><div><b>Description:</b> Routine Name: Description: Usage: Example: setenv Set value of operating system environmental variable. setenv environment-variable [new-value.] genesis &gt; setenv SIMPATH . ~/genesis/Scripts/neurokit SIMPATH=. ~/genesis/Scripts/neurokit [also see th...</div><b>Date Added:</b> 2009-06-03 22:29:30<br /><br /></td></tr>
                            <tr><td><b><a href="/file/3689300/Quiz1key/">Quiz1key.doc</a></b><br /><b>Path:</b> Central Washington University >> CHEM >> 452 Fall, 2009<br /><div><b>Description:</b> Name _ Chem 452/Winter 2003 Quiz 1 Calculations: SHOW ALL OF YOUR WORK! Points will be deducted if I cannot see how you got your final answer. Underline or circle your final answers. Include the correct units or lose a point per answer. Each question...</div><b>Date Added:</b> 2009-06-03 22:30:31<br /><br /></td></tr>
                            <tr><td><b><a href="/file/3689427/informationmodel/">informationmodel.doc</a></b><br /><b>Path:</b> Mississippi State >> ECE >> 4532 Fall, 2009<br /><div><b>Description:</b> User Diagnostic Software Power Supply - 5V to PICs - 12V to additional circuitry - Displays voltage - Displays temperature - Displays state of charge - Displays available battery packs - Sends battery pack ids - Sends SoC values - Sends temperature...</div><b>Date Added:</b> 2009-06-03 22:31:06<br /><br /></td></tr>
                            <tr><td><b><a href="/file/3689633/yp-plan/">yp-plan.txt</a></b><br /><b>Path:</b> Wichita State >> CS >> 898 Fall, 2009<br /><div><b>Description:</b> Yurijan Pancamasyah CS843 - Distributed Computing Systems Term Paper Proposal Topic: Security in Virtual Private Network Major Goal: With the rapid growth of Internet, many businesses extending their internal network into a Virtual Private Network ...</div><b>Date Added:</b> 2009-06-03 22:32:13<br /><br /></td></tr>
                            <tr><td><b><a href="/file/3689775/CWR-4101-2nd-test/">CWR 4101 2nd test.doc</a></b><br /><b>Path:</b> UCF >> CWR >> 4101 Fall, 2009<br /><div><b>Description:</b> CWR 4101 HYDROLOGY 2nd TEST  Spring 2002 Administrative Instructions: 1. There are 4 questions, do all 4 2. All work must be your own; cheating will result in a grade of \&quot;F\&quot; for the course and could result in addition action. All work must be done o...</div><b>Date Added:</b> 2009-06-03 22:32:50<br /><br /></td></tr>
                            <tr><td><b><a href="/file/3690024/Stor155-07HW1/">Stor155-07HW1.doc</a></b><br /><b>Path:</b> UNC >> STOR >> 155 Fall, 2008<br /><div><b>Description:</b> Statistics  OR 155, Section 2, Homework # 1 Due: Thursday, January 18, 2007 C1: Class Problem #1, at the URL: http:/www.stat-or.unc.edu/postscript/marron/teaching/stor155-2007/Stor155-07HWC1.doc 1.2 (answer questions in text), 1.37a 1.1 C2: For the d...</div><b>Date Added:</b> 2009-06-03 22:33:50<br /><br /></td></tr>
                            <tr><td><b><a href="/file/3690492/5md/">5_md.doc</a></b><br /><b>Path:</b> Stevens >> E >> 344 Fall, 2009<br /><div><b>Description:</b> Thermoplastic polymers can be recycled, because: a. b. c. d. e. their covalent crosslinks are easily broken; they melt at relatively low temperatures; long entangled macromolecules break into short molecules during the recycling; they are amorphous; ...</div><b>Date Added:</b> 2009-06-03 22:35:46<br /><br /></td></tr>
                            <tr><td><b><a href="/file/3690712/ps4/">ps_4.doc</a></b><br /><b>Path:</b> Stevens >> PS >> 344 Fall, 2009<br /><div><b>Description:</b> Problem Set 4 Due: Tuesday, 10 June, 2008 at the beginning of lecture E-344 Summer 2008 * On the solution you submit, please staple multiple pages together and legibly (e.g. print) write your name and 4-digit ID number. Papers without this informat...</div><b>Date Added:</b> 2009-06-03 22:36:59<br /><br /></td></tr>
                            <tr><td><b><a href="/file/3690822/Problem-core-222/">Problem core 2.22.doc</a></b><br /><b>Path:</b> Stevens >> E >> 344 Fall, 2009<br /><div><b>Description:</b> Provide a reasonable physical argument for each of the following statements: a) The higher the melting temperature of a material, the greater the depth of its potential energy well. b) Materials with deep energy wells are likely to have a more symmet...</div><b>Date Added:</b> 2009-06-03 22:38:21<br /><br /></td></tr>
                            <tr><td><b><a href="/file/3690932/Problem-core-523/">Problem core 5.23.doc</a></b><br /><b>Path:</b> Stevens >> E >> 344 Fall, 2009<br /><div><b>Description:</b> Rubber cement is a typically a mixture of polyisoprene, or a similar rubber, with one or more small-molecule organic solvents such as heptane, a high vapor pressure liquid which is immiscible with water (see adjacent diagram). Suppose 200 l of a 1 wt...</div><b>Date Added:</b> 2009-06-03 22:39:53<br /><br /></td></tr>
                            <tr><td><b><a href="/file/3691025/44-Iterator/">44-Iterator.doc</a></b><br /><b>Path:</b> UNC >> COMP >> 114 Fall, 2005<br /><div><b>Description:</b> 114-44.1 public class Main { public static void main(String[] args) { int[] list=new int[10]; / Fill array: ith element gets 10*1 + i. for (int i=0; i&lt;list.length; i+) list[i] = i*10+i; for (int i=0;i&lt;=3;i+) { Iter it = IterFactory.getIter(i, list); ...</div><b>Date Added:</b> 2009-06-03 22:42:26<br /><br /></td></tr>
                            <tr><td><b><a href="/file/3691078/Reflection/">Reflection.txt</a></b><br /><b>Path:</b> Uni. Westminster >> CS >> 0719 Fall, 2009<br /><div><b>Description:</b> In this assignemnt we were required to complete the addRing method in Tower.java.  This method added a new ring to the top of the Peg.  If the ring that was being added to the Peg was too large it threw an IllegalArgumentException. We were also requ...</div><b>Date Added:</b> 2009-06-03 22:42:38<br /><br /></td></tr>
                            <tr><td><b><a href="/file/3691101/EE-740-1/">EE-740-1.doc</a></b><br /><b>Path:</b> Wright State >> EE >> 740 Winter, 2008<br /><div><b>Description:</b> Peter Hlinomaz EE740 20 Feb 2001 Project-1: Analysis of Average Number of Decoding Errors vs. Code Length Description: This project examines the effect of codeword size vs. average decoding error for a given code rate, r. The project is divided into ...</div><b>Date Added:</b> 2009-06-03 22:42:42<br /><br /></td></tr>
                            <tr><td><b><a href="/file/3691263/VanRooijen/">VanRooijen.doc</a></b><br /><b>Path:</b> Laurentian >> BIOL >> 4100 Fall, 2009<br /><div><b>Description:</b> ...</div><b>Date Added:</b> 2009-06-03 22:43:21<br /><br /></td></tr>
                            <tr><td><b><a href="/file/3691375/lecture18/">lecture18.ppt</a></b><br /><b>Path:</b> Stanford >> PHYS >> 152 Fall, 2009<br /><div><b>Description:</b> QCD in e+e- and hadronic collisions Lecture 18 Physics 152A/252A Lance Dixon (thanks again to Colin Jessop) QC in e e Annihilation D +e q + e q C ane laboratory for studying pe le st rturbativeQC D: - No hadrons in initial state  no ne d to use...</div><b>Date Added:</b> 2009-06-03 22:43:45<br /><br /></td></tr>
                            <tr><td><b><a href="/file/3691458/unit7s/">unit7s.ppt</a></b><br /><b>Path:</b> Kings >> CORE >> 272 Fall, 2009<br /><div><b>Description:</b> Chapter 7: Petroleum Core 272 Spring 2009 Dr. Sharon Fredericks Introduction The burning of organic compounds produces energy.  Plant-based materials like wood  Hydrocarbons like natural gas, coal, petroleum  These _ are from ancient decaying ani...</div><b>Date Added:</b> 2009-06-03 22:44:08<br /><br /></td></tr>
                            <tr><td><b><a href="/file/3691760/ekenebusplan/">ekenebusplan.doc</a></b><br /><b>Path:</b> Michigan Flint >> MGT >> 581 Fall, 2009<br /><div><b>Description:</b> Home Pet Owners  Services Kennel  Owners  Services About Us Frequently  Asked  Questions News Links Contact Us  http:/ 66.206.26.40/ekennels/default.htm 1-800-ekennels (1-800-356-6357) Zip Code: Company Business Plan Business Owners: Laura Killewa...</div><b>Date Added:</b> 2009-06-03 22:45:28<br /><br /></td></tr>
                            <tr><td><b><a href="/file/3692787/Syllabus2009/">Syllabus.2009.doc</a></b><br /><b>Path:</b> Bridgeport >> CS >> 520 Fall, 2009<br /><div><b>Description:</b> CS 520 J. Dichter Office: Tech Building 223 Office Hours: Monday, Tuesday, Wednesday as posted Theory of Computation Phone: 576 - 4763 Required Text: An Introduction to Formal Languages and Automata by Peter Linz, 3rd Edition Jones &amp; Bartlett Publi...</div><b>Date Added:</b> 2009-06-03 22:49:30<br /><br /></td></tr>
                            <tr><td><b><a href="/file/3693158/0306/">0306.ps</a></b><br /><b>Path:</b> Princeton >> CS >> 511 Fall, 2009<br /><div><b>Description:</b> %!PS-Adobe-2.0 %Creator: dvipsk 5.58f Copyright 1986, 1994 Radical Eye Software %Title: 0306.dvi %Pages: 5 %PageOrder: Ascend %BoundingBox: 0 0 612 792 %DocumentFonts: CMBX12 CMR10 CMBX10 CMTI10 CMSY10 CMMI10 CMMI8 CMEX10 %+ CMR8 CMSY8 CMMI6 CMR6 %Do...</div><b>Date Added:</b> 2009-06-03 22:51:05<br /><br /></td></tr>
                            <tr><td><b><a href="/file/3693648/Q3sol/">Q3sol.doc</a></b><br /><b>Path:</b> ASU >> MAT >> 294 Fall, 2009<br /><div><b>Description:</b> BIO/MAT 294 SPRING 2005 QUIZ # 3 SOLUTIONS The U.S. Bureau of Justice Statistics collects data on characteristics of prisoners under sentence of death and publishes its findings in Capital Punishment. Following is the distribution of educational atta...</div><b>Date Added:</b> 2009-06-03 22:52:54<br /><br /></td></tr>
                            <tr><td><b><a href="/file/3693796/AST24115/">AST241_15.ppt</a></b><br /><b>Path:</b> Rochester >> AST >> 241 Fall, 2009<br /><div><b>Description:</b> Today in Astronomy 241: stellar evolution Today\'s reading: Carroll and Ostlie Ch. 13.1 on  Evolution on the main sequence  Formation of an isothermal, partly degenerate core Hydrogen mass fraction, and HR diagram, as fusion uses up all the hydrogen ...</div><b>Date Added:</b> 2009-06-03 22:53:23<br /><br /></td></tr>
                            <tr><td><b><a href="/file/3693837/approj/">ap_proj.doc</a></b><br /><b>Path:</b> Michigan State University >> ECE >> 482 Fall, 2009<br /><div><b>Description:</b> Application Note - Project Management with Microsoft Project EE482 Computer System Design Department of Electrical &amp; Computer Engineering Michigan State University Prepared by: Keith Lui Revision Date: 1/24/99 Purpose This application note describes ...</div><b>Date Added:</b> 2009-06-03 22:53:32<br /><br /></td></tr>
                            <tr><td><b><a href="/file/3693947/Day08-200607Spring-Playfair/">Day08-200607Spring-Playfair.ppt</a></b><br /><b>Path:</b> Rose-Hulman >> CSSE >> 479 Fall, 2009<br /><div><b>Description:</b> DTTF/NB479: Dszquphsbqiz Announcements:   Day 8 Homework 1 coming Monday. Practical quiz during week 4 on putting your code to work Questions? Today:   Wrap up LFSR ciphers Substitution, Playfair, and ADFGX ciphers LFSR Demo Determine key length...</div><b>Date Added:</b> 2009-06-03 22:53:54<br /><br /></td></tr>
                            <tr><td><b><a href="/file/3694499/hand13/">hand13.txt</a></b><br /><b>Path:</b> Cincinnati >> STAT >> 576 Fall, 2009<br /><div><b>Description:</b>                                      STATISTICAL METHODS IN EPIDEMIOLOGY                                                HANDOUT #13     This handout fits the Kaplan Meier curve using PROC LIFETEST, and fits an exponential and Weibull distribution us...</div><b>Date Added:</b> 2009-06-03 22:55:57<br /><br /></td></tr>
                            <tr><td><b><a href="/file/3694686/assign4/">assign4.txt</a></b><br /><b>Path:</b> Cincinnati >> STAT >> 721 Fall, 2009<br /><div><b>Description:</b>       HOMEWORK  #4     Consider the SUPPORT data set given as an EXCEL file.     See the web-page:       http:/hesweb1.med.virginia.edu/biostat/s/data/index.html where the data set is described and given as a s-plus data set.    Using hospita...</div><b>Date Added:</b> 2009-06-03 22:56:37<br /><br /></td></tr>
                            <tr><td><b><a href="/file/3694831/assign1/">assign1.txt</a></b><br /><b>Path:</b> Cincinnati >> STAT >> 532 Fall, 2009<br /><div><b>Description:</b>                         APPLIED LINEAR REGRESSION                              HOMEWORK #1                         Due Wednesday Jan 16 This homework is intended for you to practice computing the formulas in the book. So you need to show all you co...</div><b>Date Added:</b> 2009-06-03 22:57:06<br /><br /></td></tr>
                            <tr><td><b><a href="/file/3694915/hand14/">hand14.txt</a></b><br /><b>Path:</b> Cincinnati >> STAT >> 532 Fall, 2009<br /><div><b>Description:</b>  DATA DRAPER;  INPUT X1 X2 X3 X4 Y; CARDS; 7 26 6 60 78.5 1 29 15 52 74.3 11 56 8 20 104.3 11 31 8 47 87.6 7 52 6 33 95.9 11 55 9 22 109.2 3 71 17 6 102.7 1 31 22 44 72.5 2 54 18 22 93.1 21 47 4 26 115.9 1 40 23 34 83.8 11 66 9 12 113.3 10 68 8 12 10...</div><b>Date Added:</b> 2009-06-03 22:57:23<br /><br /></td></tr>
                            <tr><td><b><a href="/file/3695033/1/">1.txt</a></b><br /><b>Path:</b> Carnegie Mellon >> TERA >> 05102023 Fall, 2009<br /><div><b>Description:</b> 05102023...</div><b>Date Added:</b> 2009-06-03 22:57:46<br /><br /></td></tr>
                            <tr><td><b><a href="/file/3695087/inherit2/">inherit2.txt</a></b><br /><b>Path:</b> Cornell >> CS >> 100 Fall, 2008<br /><div><b>Description:</b> /*/ / INHERIT2 / constructors class A {     public int x;     public A(int x) { 	this.x=x;     } } class B extends A {     public int y;     public B(int x) { 	super(x); 	y = x;     }     public B(int x,int y) { 	this(x); 	this.y = y;     } } publ...</div><b>Date Added:</b> 2009-06-03 22:58:00<br /><br /></td></tr>
                            <tr><td><b><a href="/file/3695174/design-sheet/">design sheet.doc</a></b><br /><b>Path:</b> UCSB >> PSYC >> 117 Fall, 2009<br /><div><b>Description:</b> Psych 117L: Design Questions Your Name:_ Name of Module: _ 1. Name the dependent variable(s) in this experiment 2. Name each independent variable, and answer each of the following questions Variable 1:_ a. Is it a between- or a within-subjects facto...</div><b>Date Added:</b> 2009-06-03 22:58:31<br /><br /></td></tr>
                            <tr><td><b><a href="/file/3695296/Lecture-6-stress/">Lecture 6 stress.ppt</a></b><br /><b>Path:</b> UCSB >> PSYC >> 235 Winter, 2009<br /><div><b>Description:</b> What is stress?  Syle (1950)  \&quot;Stress\&quot; = any challenge to homeostasis.  \&quot;Stress response\&quot; is the non-specific (i.e. generalized across situations) response to such challenges.  \&quot;flight or flight\&quot; response = changes in cardiovascular, respiratory, blo...</div><b>Date Added:</b> 2009-06-03 22:59:06<br /><br /></td></tr>
                            <tr><td><b><a href="/file/3695914/words/">words.txt</a></b><br /><b>Path:</b> Drake >> LIB >> 759 Fall, 2009<br /><div><b>Description:</b> .	13809:36670:104:81 12970:36650:131:101 14621:36670:131:81 .	9066:34617:1624:101 09.5	57490:54598:2017:569 100	4454:60839:1729:650 10:02.1	46458:31141:3694:528 11.5	54450:59009:1886:569 11.9	46799:51001:1912:569 179-41/2	33278:28214:4428:711 185	241...</div><b>Date Added:</b> 2009-06-03 23:01:20<br /><br /></td></tr>
                            <tr><td><b><a href="/file/3695939/words2/">words2.txt</a></b><br /><b>Path:</b> Drake >> LIB >> 844 Fall, 2009<br /><div><b>Description:</b> (ber	42819,55117,560,1733 (bil	43725,48912,518,1439 (bil	39033,45447,539,1413 (bu	47404,52398,539,1519 (center	14104,34635,664,3519 (dic	43138,46152,518,1759 (isc	42979,57898,539,1759 (ji	44898,47542,539,1413 (ji	40899,51672,539,1413 (jo	42579,56487,...</div><b>Date Added:</b> 2009-06-03 23:01:25<br /><br /></td></tr>
                            <tr><td><b><a href="/file/3695950/twig/">twig.ppt</a></b><br /><b>Path:</b> UF >> CIS >> 4930 Fall, 2008<br /><div><b>Description:</b> Holistic Twig Joins: Optimal XML Pattern Matching Written by: Nicolas Bruno Nick Koudas Divesh Srivastava Presented by: Jose Luna John Bassett What is XML?  Extensible Markup Language  Tag-based markup language that allows you to share structured in...</div><b>Date Added:</b> 2009-06-03 23:01:27<br /><br /></td></tr>
                            <tr><td><b><a href="/file/3695974/Lecture34-2004/">Lecture34-2004.ppt</a></b><br /><b>Path:</b> UF >> AEB >> 6182 Fall, 2008<br /><div><b>Description:</b> Constant Relative and Absolute Risk Aversion and Derivation of the State Contingent Dual Functions Lecture XXXIV Constant Relative and Absolute Risk Aversion Risk Premium  Based on the definition of risk aversion from the preceding lecture, Chambers...</div><b>Date Added:</b> 2009-06-03 23:01:32<br /><br /></td></tr>
                            <tr><td><b><a href="/file/3696060/Symmetry-Groups-of-the-Platonic-Solids/">Symmetry Groups of the Platonic Solids.doc</a></b><br /><b>Path:</b> Boise State >> MATH >> 124 Fall, 2008<br /><div><b>Description:</b> SYMMETRY GROUPS OF THE PLATONIC SOLIDS \&quot;Plato said God geometrizes continually.\&quot; - Plutarch Convivialium disputationum liber 8,2 \&quot;We do not listen with the best regard to the verses of a man who is only a poet, nor to his problems if he is only an al...</div><b>Date Added:</b> 2009-06-03 23:01:53<br /><br /></td></tr>
                            <tr><td><b><a href="/file/3696184/DinnerSequence/">DinnerSequence.doc</a></b><br /><b>Path:</b> Cal Poly Pomona >> HRT >> 202 Fall, 2009<br /><div><b>Description:</b> DINNER SEQUENCE OF SERVICE CHECK LIST The Greet: Approach the guests within 2 minutes _ _ Smile, make eye contact, welcome and \&quot;greet\&quot; your guests. Listen for their response to your greet and respond accordingly. (It may be acceptable to deliver brea...</div><b>Date Added:</b> 2009-06-03 23:02:21<br /><br /></td></tr>
                            <tr><td><b><a href="/file/3696301/PS23/">PS2&amp;3.doc</a></b><br /><b>Path:</b> Carnegie Mellon >> BIO >> 03438 Fall, 2009<br /><div><b>Description:</b> PBC-01 PS2 Due - Tues Sept. 25, 2001 Read about the protein you have selected to find some interesting property. Use RasMol (or other program if you wish) to illustrate the point. Save the view(s) as a script file and as a static picture. Write a ve...</div><b>Date Added:</b> 2009-06-03 23:02:47<br /><br /></td></tr>
                            <tr><td><b><a href="/file/3696729/1BCDQ/">1BCDQ.doc</a></b><br /><b>Path:</b> Toledo >> BCH >> 335 Fall, 2009<br /><div><b>Description:</b> Student Name: Student  number: Filename: 1qrw.pdb Q1 A1 Q2 How many polypeptide chains are present in your protein /DNA complex? What is the sequence of bases in the DNA of each strand of your protein/DNA complex? Start from the 5\' end of each chain...</div><b>Date Added:</b> 2009-06-03 23:04:27<br /><br /></td></tr>
                            <tr><td><b><a href="/file/3696773/Selected-Lease-Examples-Excel-for-students/">Selected Lease Examples - Excel - for students.xls</a></b><br /><b>Path:</b> Idaho >> ACCT >> 414 Spring, 2008<br /><div><b>Description:</b> Introductory Examples (1A, 1B) To illustrate accounting for lease transactions, we will use a simple case involving three parties: 1. 2. 3. Farview Farms needs a small tractor (Model SX). These tractors have an expected useful life of six years with...</div><b>Date Added:</b> 2009-06-03 23:04:35<br /><br /></td></tr>
                            <tr><td><b><a href="/file/3696774/Blank-Lease/">Blank Lease.xls</a></b><br /><b>Path:</b> Idaho >> ACCT >> 414 Spring, 2008<br /><div><b>Description:</b> EXAMPLE TEMPLATE UnGRV n FMV = n FMV = 0 UnGRV n FMV = 0 90% FMV 0 90% FMV 0 Lease Term Lease Term Economic Life Economic Life #DIV/0! LT as % Eco. Life #DIV/0! LT as % Eco. Life #DIV/0! MLP Lessee Comments MLP Lessee Comments MLP Lessee 0 0 0 1 1 1...</div><b>Date Added:</b> 2009-06-03 23:04:35<br /><br /></td></tr>
                            <tr><td><b><a href="/file/3697279/project1solution/">project1solution.txt</a></b><br /><b>Path:</b> Bowling Green >> CS >> 3320 Fall, 2009<br /><div><b>Description:</b> -bash-3.00$ cat project1.sh #/bin/sh #Project1 CSC 3320 echo \&quot;Name      Exam1   Exam2   Exam3   Total   Grade\&quot; &gt; finalgrades.txt awk -f 12.awk grades.txt | sort +4 -5 -r &gt; finalgrades.txt -bash-3.00$ cat 12.awk #BEGIN {printf \&quot;Name\\tExam1\\tExam2...</div><b>Date Added:</b> 2009-06-03 23:06:26<br /><br /></td></tr>
                            <tr><td><b><a href="/file/3697476/CSE102/">CSE102.ps</a></b><br /><b>Path:</b> UCSD >> CSE >> 102 Winter, 1998<br /><div><b>Description:</b> #%-12345X@PJL JOB @PJL SET RESOLUTION = 600 @PJL ENTER LANGUAGE = POSTSCRIPT %!PS-Adobe-3.0 %Title: Microsoft Word - CSE 102Pseudo.doc %Creator: Windows NT 4.0 %CreationDate: 22:29 1/31/1999 %Pages: (atend) %BoundingBox: 13 13 599 780 %LanguageLevel:...</div><b>Date Added:</b> 2009-06-03 23:08:04<br /><br /></td></tr>
                            <tr><td><b><a href="/file/3697620/s16/">s16.ps</a></b><br /><b>Path:</b> UCSD >> CSE >> 123 Spring, 2002<br /><div><b>Description:</b> %!PS-Adobe-2.0 %Creator: dvips 5.55 Copyright 1986, 1994 Radical Eye Software %Title: root.dvi %CreationDate: Fri Sep 6 09:23:56 1996 %Pages: (atend) %PageOrder: Ascend %BoundingBox: 0 0 596 842 %DocumentFonts: Times-Bold Times-Roman Courier Helvetic...</div><b>Date Added:</b> 2009-06-03 23:08:34<br /><br /></td></tr>
                            <tr><td><b><a href="/file/3698144/VVDesign500/">VV_Design500.ppt</a></b><br /><b>Path:</b> UCSD >> ARIES >> 000503 Fall, 2008<br /><div><b>Description:</b> ARIES-AT Study Status of Vacuum Vessel Design L. Waganer 3 May 2000 ARIES Conference Call L. M. Waganer 3 May 2000 ARIES-AT Study 3-D View of Basic Vacuum Vessel 3-D Cutway View of Vacuum Vessel Notes: Area for plumbing connections is shown as a ...</div><b>Date Added:</b> 2009-06-03 23:10:33<br /><br /></td></tr>
                            <tr><td><b><a href="/file/3698411/Week13a/">Week13a.ppt</a></b><br /><b>Path:</b> USC >> CS >> 589 Fall, 2008<br /><div><b>Description:</b> A Cooperative Approach to  Support Software Deployment  using the Software Dock Richard Hall   Alexander Wolf   Dennis Heimbigner Software Engineering Research Laboratory University of Colorado Software Deployment Software Deployment covers all ...</div><b>Date Added:</b> 2009-06-03 23:11:43<br /><br /></td></tr>
                            <tr><td><b><a href="/file/3698900/StudyGuideforACyanamid/">StudyGuideforACyanamid.doc</a></b><br /><b>Path:</b> UNLV >> FIN >> 405 Fall, 2008<br /><div><b>Description:</b> American Cyanamid Study Guide Each group should write down the answers to the following questions and hand them in at the beginning of the class on the first day of the presentation. 1. Was AHP\'s decision to bid for Cyanamid a good one for both firms...</div><b>Date Added:</b> 2009-06-03 23:13:28<br /><br /></td></tr>
                            <tr><td><b><a href="/file/3699613/Comments/">Comments.ppt</a></b><br /><b>Path:</b> Texas Tech >> ENGLISH >> 5374 Fall, 2009<br /><div><b>Description:</b> Writing Clear Comments 1 Survey of 449 Authors\' Preferences 2 types of comments were consistently preferred by authors, both ESL and native speakers 2 What to do + Reason Increase the size of the typeface in these headings. That will make it ea...</div><b>Date Added:</b> 2009-06-03 23:16:00<br /><br /></td></tr>
                            <tr><td><b><a href="/file/3700194/2491/">2491.txt</a></b><br /><b>Path:</b> UCCS >> CS >> 591 Fall, 2009<br /><div><b>Description:</b> Rule: - Sid: 2491 - Summary: This rule no longer generates an event when an attempt is made to exploit a known  vulnerability in Microsoft RPC DCOM. - Impact: Execution of arbitrary code leading to full administrator access of the  machine. Denial...</div><b>Date Added:</b> 2009-06-03 23:18:24<br /><br /></td></tr>
                            <tr><td><b><a href="/file/3700462/voting/">voting.txt</a></b><br /><b>Path:</b> Texas A&M >> CPSC >> 633 Fall, 2008<br /><div><b>Description:</b> database file        = [voting.dat] number of examples   = [435] number of attributes = [17] target concept       = [PARTY]        index         = [1] Majority Classifier  = [symbol=\&quot;democrat\&quot;, accuracy=0.6137931034482759, count=267, total = 435.0] ...</div><b>Date Added:</b> 2009-06-03 23:19:24<br /><br /></td></tr>
                            <tr><td><b><a href="/file/3700461/brcancer/">brcancer.txt</a></b><br /><b>Path:</b> Texas A&M >> CPSC >> 633 Fall, 2008<br /><div><b>Description:</b> database file        = [brcancer.dat] number of examples   = [277] number of attributes = [10] target concept       = [CLASS]        index         = [1] Majority Classifier  = [symbol=\&quot;no-recurrence-events\&quot;, accuracy=0.7075812274368231, count=196, to...</div><b>Date Added:</b> 2009-06-03 23:19:24<br /><br /></td></tr>
                            <tr><td><b><a href="/file/3701541/Lecture12/">Lecture12.ppt</a></b><br /><b>Path:</b> Wisc Whitewater >> ECON >> 758 Fall, 2008<br /><div><b>Description:</b> Professor Yamin Ahmad, Advanced International Economics  ECON 758 Advanced International Economics ECON 758 Professor Yamin Ahmad Lecture 12:  Open Economy ISLM model  Macroeconomic Policy Professor Yamin Ahmad, Advanced International Economics  EC...</div><b>Date Added:</b> 2009-06-03 23:23:27<br /><br /></td></tr>
                            <tr><td><b><a href="/file/3701585/MIDTERM/">MIDTERM.PPT</a></b><br /><b>Path:</b> Mississippi State >> AIS >> 8803 Fall, 2009<br /><div><b>Description:</b> AEE 8803 Review for Mid-Term Examination Mississippi State University 05/16/09 MidTerm Examination Exam is worth 150 points. q Exam counts 15% of your course grade. q All questions will be based on objectives from the lessons. q Mississippi State...</div><b>Date Added:</b> 2009-06-03 23:23:36<br /><br /></td></tr>
                            <tr><td><b><a href="/file/3701773/finald2003Ans/">final_d_2003Ans.pdf</a></b><br /><b>Path:</b> Bergen CC >> ARE >> 211 Fall, 2009<br /><div><b>Description:</b> Fall, 2003 F INAL E XAM D ECEMBER 8 2003 ARE202A Tackle first the question you think is the easier one. It\'s always a good strategy to make attempts at all parts of the question, because then you always have a chance at partial credit. If you omit ...</div><b>Date Added:</b> 2009-06-03 23:24:16<br /><br /></td></tr>
                            <tr><td><b><a href="/file/3701774/finald2003Ans/">final_d_2003Ans.pdf</a></b><br /><b>Path:</b> Berkeley >> ARE >> 211 Fall, 2004<br /><div><b>Description:</b> Fall, 2003 F INAL E XAM D ECEMBER 8 2003 ARE202A Tackle first the question you think is the easier one. It\'s always a good strategy to make attempts at all parts of the question, because then you always have a chance at partial credit. If you omit ...</div><b>Date Added:</b> 2009-06-03 23:24:16<br /><br /></td></tr>
                            <tr><td><b><a href="/file/3701792/SN19/">SN19.pdf</a></b><br /><b>Path:</b> Bergen CC >> ECON >> 100 Fall, 2009<br /><div><b>Description:</b> Section Notes 19, Econ 100A Spring 06 1 Section Notes 19 Covering material from Lecture on March 21st Class Outline 1. Price Discrimination 2. The Two-Part Tari 1 Price Discrimination What happens if rms can now change their price depending on ...</div><b>Date Added:</b> 2009-06-03 23:24:19<br /><br /></td></tr>
                            <tr><td><b><a href="/file/3701830/ab-A01019/">ab-A01019.ps</a></b><br /><b>Path:</b> Minnesota >> A >> 01019 Fall, 2009<br /><div><b>Description:</b> %!PS-Adobe-2.0 %Creator: dvips 5.528 Copyright 1986, 1994 Radical Eye Software %Title: ab-A01019.dvi %CreationDate: Thu Aug 15 16:02:11 1996 %Pages: 1 %PageOrder: Ascend %BoundingBox: 0 0 612 792 %EndComments %DVIPSCommandLine: dvips ab-A01019 %DVIPS...</div><b>Date Added:</b> 2009-06-03 23:24:28<br /><br /></td></tr>
                            <tr><td><b><a href="/file/3701843/ab-A05008/">ab-A05008.ps</a></b><br /><b>Path:</b> Minnesota >> A >> 05008 Fall, 2009<br /><div><b>Description:</b> %!PS-Adobe-2.0 %Creator: dvips 5.528 Copyright 1986, 1994 Radical Eye Software %Title: ab-A05008.dvi %CreationDate: Thu Aug 15 15:49:28 1996 %Pages: 1 %PageOrder: Ascend %BoundingBox: 0 0 612 792 %EndComments %DVIPSCommandLine: dvips ab-A05008 %DVIPS...</div><b>Date Added:</b> 2009-06-03 23:24:31<br /><br /></td></tr>
                            <tr><td><b><a href="/file/3701921/ab-A05074/">ab-A05074.ps</a></b><br /><b>Path:</b> Minnesota >> A >> 05074 Fall, 2009<br /><div><b>Description:</b> %!PS-Adobe-2.0 %Creator: dvips 5.528 Copyright 1986, 1994 Radical Eye Software %Title: ab-A05074.dvi %CreationDate: Thu Aug 15 15:40:49 1996 %Pages: 1 %PageOrder: Ascend %BoundingBox: 0 0 612 792 %EndComments %DVIPSCommandLine: dvips ab-A05074 %DVIPS...</div><b>Date Added:</b> 2009-06-03 23:24:51<br /><br /></td></tr>
                            <tr><td><b><a href="/file/3701927/ab-A05211/">ab-A05211.ps</a></b><br /><b>Path:</b> Minnesota >> A >> 05211 Fall, 2009<br /><div><b>Description:</b> %!PS-Adobe-2.0 %Creator: dvips 5.528 Copyright 1986, 1994 Radical Eye Software %Title: ab-A05211.dvi %CreationDate: Thu Aug 15 15:46:38 1996 %Pages: 1 %PageOrder: Ascend %BoundingBox: 0 0 612 792 %EndComments %DVIPSCommandLine: dvips ab-A05211 %DVIPS...</div><b>Date Added:</b> 2009-06-03 23:24:52<br /><br /></td></tr>
                            <tr><td><b><a href="/file/3702092/test/">test.ps</a></b><br /><b>Path:</b> Acton School of Business >> RSA >> 4046 Fall, 2009<br /><div><b>Description:</b> %! %Creator: Mathematica %AspectRatio: .61803 MathPictureStart /Mabs { Mgmatrix idtransform Mtmatrix dtransform } bind def /Mabsadd { Mabs 3 -1 roll add 3 1 roll add exch } bind def % Graphics %IncludeResource: font Courier %IncludeFont: Courier /Cou...</div><b>Date Added:</b> 2009-06-03 23:25:24<br /><br /></td></tr>
                            <tr><td><b><a href="/file/3702643/TA-Office-Hours/">TA Office Hours.doc</a></b><br /><b>Path:</b> Oregon State >> BA >> 215 Fall, 2008<br /><div><b>Description:</b> BA 215 Money &amp; Investment Management Instructional Assistant for Madeleine Romero Bexell 311 Billy Burr ...</div><b>Date Added:</b> 2009-06-03 23:28:40<br /><br /></td></tr>
                            <tr><td><b><a href="/file/3702920/mwardhw1/">mward_hw1.doc</a></b><br /><b>Path:</b> Santa Clara >> COEN >> 120 Fall, 2009<br /><div><b>Description:</b> ...</div><b>Date Added:</b> 2009-06-03 23:29:55<br /><br /></td></tr>
                            <tr><td><b><a href="/file/3703058/mmahal/">mmahal.rtf</a></b><br /><b>Path:</b> Santa Clara >> COEN >> 120 Fall, 2009<br /><div><b>Description:</b> KeyMem Report on Configuration Vxworks Overridden Properties Subjects: CG Metaclasses: CGGeneral Properties: GeneratedCodeInBrowser: True PACKAGES Default OBJECT MODEL DIAGRAMS: OMdiagram This diagram gives the basis Structuring of the class for the...</div><b>Date Added:</b> 2009-06-03 23:30:27<br /><br /></td></tr>
                            <tr><td><b><a href="/file/3703443/Schedule-Fall-2006/">Schedule Fall 2006.xls</a></b><br /><b>Path:</b> Valdosta >> MATH >> 4161 Fall, 2008<br /><div><b>Description:</b> MATH 4161A DATE Monday, August 14, 2006 READING Fall 2006 NH 2103 TOPIC  Syllabus; Team Builder; Problem Solving  NCTM Assignment  Reading for next class  1.1 Mathematics as Communication  1.2 Mathematics as Reasoning  1.3 Mathematics as Problem Sol...</div><b>Date Added:</b> 2009-06-03 23:31:59<br /><br /></td></tr>
                            <tr><td><b><a href="/file/3704098/lecture13/">lecture13.ppt</a></b><br /><b>Path:</b> UMDNJ >> BINF >> 5220 Fall, 2009<br /><div><b>Description:</b> Outline  What can you do beyond Energy Minimization?  Periodic Boundary Condition 1  Realistic Simulation of Biological System  Problem with Energy Minimization  Molecular Dynamics Simulation  Monte Carlo Simulation  Molecular Dynamics Simulation...</div><b>Date Added:</b> 2009-06-03 23:34:07<br /><br /></td></tr>
                            <tr><td><b><a href="/file/3704099/lecture13/">lecture13.ppt</a></b><br /><b>Path:</b> UMDNJ >> LECT >> 5220 Fall, 2009<br /><div><b>Description:</b> Outline  What can you do beyond Energy Minimization?  Periodic Boundary Condition 1  Realistic Simulation of Biological System  Problem with Energy Minimization  Molecular Dynamics Simulation  Monte Carlo Simulation  Molecular Dynamics Simulation...</div><b>Date Added:</b> 2009-06-03 23:34:07<br /><br /></td></tr>
                            <tr><td><b><a href="/file/3704189/17-DNSWWWx2/">17-DNSWWWx2.pdf</a></b><br /><b>Path:</b> Berkeley >> EE >> 122 Spring, 2006<br /><div><b>Description:</b> EECS 122: Introduction to Computer Networks DNS and WWW Computer Science Division Department of Electrical Engineering and Computer Sciences University of California, Berkeley Berkeley, CA 94720-1776 EECS F05 Internet Names &amp; Addresses Names: e.g.,...</div><b>Date Added:</b> 2009-06-03 23:34:23<br /><br /></td></tr>
                            <tr><td><b><a href="/file/3704215/chap3/">chap3.docx</a></b><br /><b>Path:</b> Penn State >> ETM >> 5013 Fall, 2009<br /><div><b>Description:</b> Eric Mayhue MIS 204 February 8, 2008 1. Name the categories of application software. The catagories of application software are packaged, custom, Web-based, open source, shareware, freeware, and public domain 2. Describe the following types of sof...</div><b>Date Added:</b> 2009-06-03 23:34:30<br /><br /></td></tr>
                            <tr><td><b><a href="/file/3704328/ch05/">ch05.ppt</a></b><br /><b>Path:</b> Troy >> CS >> 4447 Spring, 2009<br /><div><b>Description:</b> Systems Analysis and Design Third Edition Alan Dennis, Barbara Haley Wixom, and Roberta Roth John Wiley  Roth Systems Analysis a...</div><b>Date Added:</b> 2009-06-03 23:35:02<br /><br /></td></tr>
                            <tr><td><b><a href="/file/3704595/v03n174/">v03.n174.txt</a></b><br /><b>Path:</b> Air Force Academy >> STA >> 575 Fall, 2009<br /><div><b>Description:</b> From: owner-cdn-firearms-digest@sfn.saskatoon.sk.ca (Cdn-Firearms Digest) To: cdn-firearms-digest@broadway.sfn.saskatoon.sk.ca Subject: Cdn-Firearms Digest V3 #174 Reply-To: cdn-firearms-digest@sfn.saskatoon.sk.ca Sender: owner-cdn-firearms-digest@sf...</div><b>Date Added:</b> 2009-06-03 23:36:27<br /><br /></td></tr>
                            <tr><td><b><a href="/file/3704596/v03n174/">v03.n174.txt</a></b><br /><b>Path:</b> Air Force Academy >> V >> 575 Fall, 2009<br /><div><b>Description:</b> From: owner-cdn-firearms-digest@sfn.saskatoon.sk.ca (Cdn-Firearms Digest) To: cdn-firearms-digest@broadway.sfn.saskatoon.sk.ca Subject: Cdn-Firearms Digest V3 #174 Reply-To: cdn-firearms-digest@sfn.saskatoon.sk.ca Sender: owner-cdn-firearms-digest@sf...</div><b>Date Added:</b> 2009-06-03 23:36:27<br /><br /></td></tr>
                            <tr><td><b><a href="/file/3704620/Harbor-Porpoise-Habitat-Use/">Harbor Porpoise Habitat Use.doc</a></b><br /><b>Path:</b> Wheelock >> LSC >> 255 Fall, 2009<br /><div><b>Description:</b> Harbor Porpoise Habitat Use We are going to analyze and compare the habitat use for various harbor porpoises (Phocoena phocoena) released from fish traps near Grand Mannan. 1. On the map label all known land areas by state, province, or island. 2. O...</div><b>Date Added:</b> 2009-06-03 23:36:31<br /><br /></td></tr>
                            <tr><td><b><a href="/file/3704827/L01-Class-Overview/">L01-Class-Overview.ppt</a></b><br /><b>Path:</b> BU >> GG >> 101 Fall, 2009<br /><div><b>Description:</b> Natural Environments: The Atmosphere GG 101  Spring 2005 Boston University Myneni Jan-19-05 Course Info (1 of 6) Professor: Ranga B. Myneni Office: Room 449 Stone Science Building (675 Commonwealth Avenue) Phone: 617-353-5742 e-mail: rmyneni@bu.edu...</div><b>Date Added:</b> 2009-06-03 23:37:12<br /><br /></td></tr>
                            <tr><td><b><a href="/file/3704842/gomodels/">gomodels.ps</a></b><br /><b>Path:</b> BU >> GG >> 645 Fall, 2009<br /><div><b>Description:</b> %!PS-Adobe-2.0 %Creator: dvipsk 5.58f Copyright 1986, 1994 Radical Eye Software %Title: GO.dvi %Pages: 17 %PageOrder: Ascend %BoundingBox: 0 0 612 792 %EndComments %DVIPSCommandLine: dvips GO %DVIPSParameters: dpi=600, compressed, comments removed %D...</div><b>Date Added:</b> 2009-06-03 23:37:15<br /><br /></td></tr>
                            <tr><td><b><a href="/file/3704851/gomodels/">gomodels.ps</a></b><br /><b>Path:</b> BU >> GE >> 645 Fall, 2009<br /><div><b>Description:</b> %!PS-Adobe-2.0 %Creator: dvipsk 5.58f Copyright 1986, 1994 Radical Eye Software %Title: GO.dvi %Pages: 17 %PageOrder: Ascend %BoundingBox: 0 0 612 792 %EndComments %DVIPSCommandLine: dvips GO %DVIPSParameters: dpi=600, compressed, comments removed %D...</div><b>Date Added:</b> 2009-06-03 23:37:19<br /><br /></td></tr>
                            <tr><td><b><a href="/file/3705524/Table-2-3-2/">Table 2 3 2.xls</a></b><br /><b>Path:</b> East Los Angeles College >> UKHR >> 0405 Fall, 2009<br /><div><b>Description:</b> Table 2.3.2 Mortgage cost to income ratios Based on firsttime buyer house prices and average incomes for all working households Country/Region United Kingdom North East North West Yorkshire &amp; The Humber East Midlands West Midlands East  London South ...</div><b>Date Added:</b> 2009-06-03 23:39:47<br /><br /></td></tr>
                            <tr><td><b><a href="/file/3705570/revisionhandout2/">revision_handout2.doc</a></b><br /><b>Path:</b> Allan Hancock College >> MATH >> 1040 Fall, 2009<br /><div><b>Description:</b> Math1040 Revision questions Solve for the point of intersection in the following cases: Problems 2 y + 4 x = 8 and x = y - 3 y = 4 x + 3 and y = x - 6 x + y = -6 and 2 y = 6 x - 8 4 y - 3 x + 2 = 0 and y - x - 2 = 0 y = x and 2 y - 4 = 12 x 5 y - 20 ...</div><b>Date Added:</b> 2009-06-03 23:39:57<br /><br /></td></tr>
                            <tr><td><b><a href="/file/3706059/MSE220L-Syllabus-S09revision-1/">MSE_220_L Syllabus S09_revision 1.doc</a></b><br /><b>Path:</b> CSU Northridge >> RDC >> 73720 Fall, 2009<br /><div><b>Description:</b> Spring, 2009 MSE 220/L Materials For Construction Management Technology &amp; Lab Time: MW 10:00-12:15 PM, Room JD1504 Instructor: Dr. Dale Conner Dept. of Manufacturing System Engineering and Management Office: JD3511, 818/677-4730 Office Hour: T, Th: 1...</div><b>Date Added:</b> 2009-06-03 23:41:36<br /><br /></td></tr>
                            <tr><td><b><a href="/file/3706176/genoassignment/">genoassignment.doc</a></b><br /><b>Path:</b> Chester >> PSY >> 257 Fall, 2009<br /><div><b>Description:</b> 1st Genogram Assignment Click here to download the genopro software from website. The software package allows you to graph  out your family history. For this assignment include your immediate family members, (1st generation)  parents, brothers, siste...</div><b>Date Added:</b> 2009-06-03 23:42:05<br /><br /></td></tr>
                            <tr><td><b><a href="/file/3706353/UNConepagerforEarthDayFairv5/">UNC+one+pager+for+Earth+Day+Fair+v5.doc</a></b><br /><b>Path:</b> UNC >> READ >> 726012 Fall, 2009<br /><div><b>Description:</b> UNC Chapel Hill\'s Commitment to Energy Efficiency and ENERGY STAR UNC Chapel Hill is an ENERGY STAR Partner and has made a fundamental commitment to the continuous improvement of energy efficiency on campus. Energy production, usually generated by bu...</div><b>Date Added:</b> 2009-06-03 23:42:48<br /><br /></td></tr>
                            <tr><td><b><a href="/file/3706390/12/">12.ppt</a></b><br /><b>Path:</b> UNC >> COMP >> 259 Fall, 2008<br /><div><b>Description:</b> References Collision Detection between Geometric Models: A Survey, by M. Lin and S. Gottschalk, Proc. of IMA Conference on Mathematics of Surfaces 1998. I-COLLIDE: Interactive and Exact Collision Detection for LargeScale Environments, by Cohen, Lin...</div><b>Date Added:</b> 2009-06-03 23:42:59<br /><br /></td></tr>
                            <tr><td><b><a href="/file/3706399/CityofConoverOpenSpaceDistrict/">City+of+Conover+Open+Space+District.doc</a></b><br /><b>Path:</b> UNC >> READ >> 5037554 Fall, 2009<br /><div><b>Description:</b> Sec. 312.4. General districts. 312.4.1Open Space District (OS): _ Note: Throughout this division, the section number in parenthesis following listed use indicates the ordinance section of development conditions. _ Intent: It is the intent of this sec...</div><b>Date Added:</b> 2009-06-03 23:43:01<br /><br /></td></tr>
                            <tr><td><b><a href="/file/3706574/stream-example/">stream-example.txt</a></b><br /><b>Path:</b> UCF >> COMS >> 541 Fall, 2009<br /><div><b>Description:</b> CS 541 Lecture -*- Outline -*-  * stream design example 	main focus is conceptual modeling. 	could put coding problem in a class. 	Streams (from Rich Wagner\'s thesis.) 	Motivation is animation, 		want to move an icon from point S to point E in 4 ...</div><b>Date Added:</b> 2009-06-03 23:43:34<br /><br /></td></tr>
                            <tr><td><b><a href="/file/3706639/KWL-chart-for-butterflies/">KWL chart for butterflies.doc</a></b><br /><b>Path:</b> Southern Utah >> EDU >> 602 Fall, 2009<br /><div><b>Description:</b> Butterflies K   W L ...</div><b>Date Added:</b> 2009-06-03 23:43:46<br /><br /></td></tr>
                            <tr><td><b><a href="/file/3706708/AnimalControlOfficer-Lead/">Animal+Control+Officer-Lead.doc</a></b><br /><b>Path:</b> UNC >> READ >> 4892478 Fall, 2009<br /><div><b>Description:</b> Lead Animal Control Officer FLSA Status: Non-Exempt General Definition of Work Performs intermediate protective service work in the enforcing ordinances regulating the keeping of animals within the County, planning, supervising and participating in ...</div><b>Date Added:</b> 2009-06-03 23:43:59<br /><br /></td></tr>
                            <tr><td><b><a href="/file/3706909/ConferenceInvitation/">ConferenceInvitation.doc</a></b><br /><b>Path:</b> UNC >> READ >> 1431148 Fall, 2009<br /><div><b>Description:</b> Global Education College of Business &amp; Technology July 31, 2003 1 University Circle Macomb, IL 61455 309/298-2924 Fax: 309/298-2377 Dear Colleague: In September 2000, with the support of the U.S. Department of Education\'s Fund for Improvement of Se...</div><b>Date Added:</b> 2009-06-03 23:44:39<br /><br /></td></tr>
                            <tr><td><b><a href="/file/3707174/MT1Reviews2009/">MT1_Review_s2009.doc</a></b><br /><b>Path:</b> Butler >> EC >> 231 Fall, 2009<br /><div><b>Description:</b> EC 231 Principles of Microeconomics Review Concepts for Midterm 1 Robert S. Main Spring Semester, 2009 The exam will have two parts. Part I will consist of questions to which you will write a few sentences, draw a diagram, or do some calculations t...</div><b>Date Added:</b> 2009-06-03 23:45:33<br /><br /></td></tr>
                            <tr><td><b><a href="/file/3707223/REVCH1-3s2009/">REVCH_1-3_s2009.doc</a></b><br /><b>Path:</b> Butler >> EC >> 354 Fall, 2009<br /><div><b>Description:</b> EC 354 Intermediate Microeconomics Review Questions for Chs. 1, 2 and 3 Robert S. Main 1. Goods X and Y are substitutes. Show in a demand and supply diagram for X what the effect on the demand and supply of X and the equilibrium price and quantity ...</div><b>Date Added:</b> 2009-06-03 23:45:41<br /><br /></td></tr>
                            <tr><td><b><a href="/file/3707549/10315GravitySolarSystem/">103_15Gravity&amp;SolarSystem.ppt</a></b><br /><b>Path:</b> Ole Miss >> ASTR >> 103 Fall, 2008<br /><div><b>Description:</b> Prepare your scantron:  Fill in your name and fill the bubbles under your name.  LAST NAME FIRST, First name second  Put your 3-digit code instead of \&quot;IDENTIFICATION NUMBER\&quot;. Setup Use a pencil, not a pen! Question # 1: answer B Reading assignment C...</div><b>Date Added:</b> 2009-06-03 23:46:45<br /><br /></td></tr>
                            <tr><td><b><a href="/file/3707595/polobsSide/">pol_obs_Side.txt</a></b><br /><b>Path:</b> Stanford >> POL >> 070715 Fall, 2009<br /><div><b>Description:</b> Polarization analysis for FSN=187024-187302 Side camera obsmode. Processed Mon Jul 16 14:42:31 2007 Param     Mean      Stddev     Minplot    Maxplot     Range     I   0.673952   0.025811   0.595118   0.749683   0.154565     Q  -0.001704   0.001447 ...</div><b>Date Added:</b> 2009-06-03 23:46:54<br /><br /></td></tr>
                            <tr><td><b><a href="/file/3707803/111syb/">111syb.doc</a></b><br /><b>Path:</b> Kentucky >> MA >> 111 Fall, 2008<br /><div><b>Description:</b> MA111 Syllabus Introduction to Contemporary Mathematics Spring 2006 Instructor: Joshua Roberts Patterson Office Tower 802 859-257-6816 http:/www.ms.uky.edu/~jroberts jroberts@ms.uky.edu Tues/Thurs 2pm-3pm, Fri 11am-12pm I will also be available by ap...</div><b>Date Added:</b> 2009-06-03 23:47:32<br /><br /></td></tr>
                            <tr><td><b><a href="/file/3709201/MRice090Practice-Test-1/">MRice090Practice Test 1.doc</a></b><br /><b>Path:</b> Ill. Chicago >> MATH >> 090 Fall, 2008<br /><div><b>Description:</b> Practice Test 1 Math 090 Problems 1 through 4 are multiple choice. There are NO PARTIAL CREDIT for these 4 problems. However you must show all work. After working out the problem CIRCLE THE CORRECT ANSWER. Problems will be graded as follows: a) Incor...</div><b>Date Added:</b> 2009-06-03 23:57:29<br /><br /></td></tr>
                            <tr><td><b><a href="/file/3709209/516final/">516final.ps</a></b><br /><b>Path:</b> Ill. Chicago >> MATH >> 516 Fall, 2008<br /><div><b>Description:</b> %!PS-Adobe-2.0 %Creator: dvips(k) 5.86e Copyright 2001 Radical Eye Software %Title: 516final.dvi %Pages: 1 %PageOrder: Ascend %BoundingBox: 0 0 612 792 %EndComments %DVIPSWebPage: (www.radicaleye.com) %DVIPSCommandLine: dvips 516final -o %DVIPSParame...</div><b>Date Added:</b> 2009-06-03 23:57:30<br /><br /></td></tr>
                            <tr><td><b><a href="/file/3709216/Project-Review-Outline/">Project Review Outline.doc</a></b><br /><b>Path:</b> E. Kentucky >> ITTC >> 723 Fall, 2009<br /><div><b>Description:</b> 5/17 /2009 3266ccc2b4e0225f172fc65e2580636334aff3c2.doc 1/ 2 Project Review Outline Project Personnel Review of program goals Summary of year\'s accomplishments Technical Overview: Radar Model The Propagation and Scattering Model The Space-time Tra...</div><b>Date Added:</b> 2009-06-03 23:57:32<br /><br /></td></tr>
                            <tr><td><b><a href="/file/3709395/lab3/">lab3.doc</a></b><br /><b>Path:</b> UC Riverside >> CS >> 010 Fall, 2008<br /><div><b>Description:</b> CS 10 - Lab 3 Write a program that determines if the user is holding a pair in a game of cards. Ask the user to enter the character code representing the two cards they are holding. 2s are considered to be wild. Output whether the user is holding a p...</div><b>Date Added:</b> 2009-06-03 23:58:21<br /><br /></td></tr>
                            <tr><td><b><a href="/file/3709679/IPv4-to-IPv6/">IPv4 to IPv6.txt</a></b><br /><b>Path:</b> Texas A&M >> ENTC >> 215 Fall, 2008<br /><div><b>Description:</b> An IP Address Upgrade It\'s about time for an IP address upgrade, don\'t you think?! Well, before I go any further, if you\'re not sure, an IP address is a unique address that is assigned to a network device by the network. Every computer that connects...</div><b>Date Added:</b> 2009-06-03 23:59:21<br /><br /></td></tr>
                            <tr><td><b><a href="/file/3709735/grades-test1-0102/">grades-test1-0102.txt</a></b><br /><b>Path:</b> Dickinson State >> CS >> 724 Fall, 2009<br /><div><b>Description:</b> CS724 Test 1 Feb 6, 2001 (last updated 2/20/01)                                 50 students read    53 min score   100 max score    82 average score points count   100    4    95    2    94    2    93    3    92    4    91    1    90    1    89    1...</div><b>Date Added:</b> 2009-06-03 23:59:33<br /><br /></td></tr>
                            <tr><td><b><a href="/file/3709816/Register-Allocation/">Register Allocation.ppt</a></b><br /><b>Path:</b> Princeton >> COS >> 320 Spring, 2009<br /><div><b>Description:</b> Register Allocation COS 320 David Walker (with thanks to Andrew Myers for many of these slides) Main idea  Want to replace temporary variables with some fixed set of registers  First: need to know which variables are live after each instruction  Two...</div><b>Date Added:</b> 2009-06-04 00:00:04<br /><br /></td></tr>
                            <tr><td><b><a href="/file/3709833/listing8/">listing8.txt</a></b><br /><b>Path:</b> CSU Channel Islands >> ICS >> 171 Fall, 2009<br /><div><b>Description:</b> &gt;Seconds per player: 360 Found AI510Othello Found AI511Othello Found AI514Othello Found AI516Othello Found AI521Othello Found AI539Othello Found AI542Othello Found AI545Othello Found AI547Othello Found AI549Othello Found AI557Othello Found AI569Othe...</div><b>Date Added:</b> 2009-06-04 00:00:09<br /><br /></td></tr>
                            <tr><td><b><a href="/file/3709845/PerceptronLearning/">PerceptronLearning.xls</a></b><br /><b>Path:</b> CSU Channel Islands >> ICS >> 171 Fall, 2009<br /><div><b>Description:</b> Perceptron Learning of the function Input1 &gt;= Input2 * 2 (1 if true) Input1 0.835 0.835 0.992 0.567 0.418 0.830 0.749 0.921 0.946 0.110 0.468 0.455 0.590 0.355 0.184 0.546 0.531 0.287 0.098 0.224 Input2 0.927 0.008 0.739 0.073 0.328 0.685 0.297 0.160...</div><b>Date Added:</b> 2009-06-04 00:00:11<br /><br /></td></tr>
                                    </table>
        </div>
    </div>
    </div>

<div>
    <table>
      <tr>
        <td valign="top" style="padding:10px 20px 10px 30px">
          <p style="width:135px;margin:0 0 5px 0">
          <img id="ladyImg" src="img/lady.jpg"/>
          </p>
        </td>
        <td valign="top" style="padding:10px 30px 10px 0;">
          <h2 id="pTitle"><script type="text/javascript">stShow("header")</script></h2>
          <h3 style="margin:0 0 10px 0;"><script type="text/javascript">stShow("subHeader")</script></h3>
          <div style="float:right">
                <div style="width:320px;margin-left:15px;padding:5px; border:1px dotted #ccc; background: url(../img/module-bd-bg.jpg) repeat-x top left">
    <h4 style="margin:0 0 5px 0;border-bottom:1px dotted #ccc;font-weight:bold;color:#4F0A04; font-size:120%">Get Started With Course Hero Today!</h4>
    <div>
        Get study guides, join study groups, and more!
        <br/>
        <b>Sign up</b>
        in seconds with your Facebook account!
    </div>
    <div class="connect-partner">
        Course Hero is a Facebook Application Partner.
    </div>
    <div style="margin-top:10px">
    <div>
    <div style="background:#B0D2F6 none repeat scroll 0 0;border:1px solid #9CC3DA;padding:10px;float:left;-moz-border-radius: 5px;-webkit-border-radius: 5px;margin-top:3px;margin-bottom:3px">
                    <div style="color:#333;font-size:110%px;margin-bottom:5px">
                <b>Click below to sign-up for <span style="font-size:110%">FREE</span>.</b>
            </div>
            <div>
                <fb:login-button onlogin="location.href = 'http://www.coursehero.com/loginRedirect.php'"></fb:login-button>
                <script type="text/javascript">
                FB.init("673bc1e340fed7d27e0229e1c716765e", "/xd_receiver.htm");
                </script>
            </div>
            </div>
    <div style="clear:both;height:0px">
        &nbsp;<br>
    </div>
</div>    </div>
</div>
          </div>
          <p style="padding:0;">
            Our Social Learning Network was built to provide students and key learning partners like professors a platform to share, meet and collaborate while accelerating their comprehension of course-related theories and concepts. We are committed to providing you immediate access to a growing wealth of study materials and an unparalleled academic network of students, professors and other key partners.
          </p>
          <p style="padding:0;">
            Why do you care? Because you want the best grade possible and at times need a 24/7 resource that’s responsive to your needs. 
          </p>
        </td>
      </tr>
      </table>
      <table>
        <!-- BEGIN QUOTE-->
        <tr>
          <td colspan=2>
            <div class="divider" style="margin-bottom:20px"><span style="background: url(img/arrow_down.png) no-repeat top left; padding-left:20px;">What People Are Saying About Course Hero</span></div>
          </td>
        </tr>
        <tr>
          <td colspan=2>
            <table width="100%" border="0" cellspacing="0" cellpadding="0">

              <tr>
                <td valign="top">

            <table width="100%" border="0" cellpadding="2" cellspacing="0" >
                  <tr>
                    <td valign="top" ><blockquote style="height:370px;overflow:auto;">

                       <img src="/img/quote-photos/kim_cowan.jpg" style="float:left; margin:5px; border:1px solid #ccc; padding:3px;" />

                      <p>&ldquo;I was going to fail my Evidence exam, but then I found a great outline on Course Hero!&rdquo;<br />
                        <strong>- Kim Cowan, Cornell University</strong>          </p><br />
                        <br /><img src="/img/quote-photos/david_grauer.jpg" style="float:left; margin:5px; border:1px solid #ccc; padding:3px;" />

                      <p>&ldquo;I worked for tens of hours on my chemistry lab reports this  semester, and now I can publish my hard  work to thousands of people who care to read about what I found.&rdquo;<br />
                        <strong>- David Grauer, Princeton University </strong>          </p><br />
                        <br /><img src="/img/quote-photos/yosana_tewolde.jpg" style="float:left; margin:5px; border:1px solid #ccc; padding:3px;" />
                        
                        <br /><img src="/img/quote-photos/somerset_perry.jpg" style="float:left; margin:5px; border:1px solid #ccc; padding:3px;" />
                      <p>&ldquo;Many times, students  learn best from other students, their peers, rather than from a  teacher.&nbsp; Course Hero provides such a  forum for students to teach students.&rdquo;<br />
                        <strong>- Somerset Perry, Georgetown University</strong>          </p><br />

                      <p>&ldquo;Course Hero is a great new research tool for college  students.&nbsp; Students can find lots of  pertinent information to their studies that they previously could not find or  have access to.&nbsp; It&rsquo;s for sure an educational innovation and potentially  an educational revolution.&rdquo;<br />
                        <strong>- Andy Suiter, UCLA and UC Davis</strong>          </p><br />
                        <br /><img src="/img/quote-photos/abram_balloga.jpg" style="float:left; margin:5px; border:1px solid #ccc; padding:3px;" />

                      <p>&ldquo;As a freshman, Course  Hero will help me to decide what I am actually interested in studying in  college.&rdquo; <br />
                        <strong>- Caity Feindt, Ithaca College</strong>          </p><br />
                        <br /><img src="/img/quote-photos/john_stacey.jpg" style="float:left; margin:5px; border:1px solid #ccc; padding:3px;" />

                      <p>&ldquo;I have found lecture notes on corporate finance created by  students from multiple schools, which has really helped me learn more about the subject.&rdquo;<br />
                        <strong>- John Stacey III, UCSB</strong>          </p><br />
                        <br /><img src="/img/quote-photos/john_sweazey.jpg" style="float:left; margin:5px; border:1px solid #ccc; padding:3px;" />

                      <p>&ldquo;I study less and  learn more with Course Hero.&rdquo;<br />
                        <strong>- John Sweazey, CU-Boulder</strong>          </p><br />
                        <br />

                      <p>&nbsp;</p>
                    </blockquote></td>
                  </tr>
                </table>
            </td>
              </tr>
            </table>
          </td>
        </tr>
        <!-- END QUOTE -->
        <tr>
          <td colspan="2">
            <div class="divider"><span style="background: url(img/arrow_down.png) no-repeat top left; padding-left:20px;">Explore the benefits of joining Course Hero's social learning network.</span></div>
          </td>
        </tr>
      <tr>
        <td align="center"><img src="img/studyMaterial-small.jpg"/></td>
        <td valign="top">
            <div style="padding-right:60px;">
              <h3 style="font-size:120%;margin:0;padding:0;border-bottom:2px #ccc dotted;font-weight:bold">Get millions of study materials now!</h3>
              <p>
                Need lecture notes for a missed class or want insightful explanation of the theories and concepts you learn in class? Look no further, Course Hero’s Study Materials empowers you to find a broad and deep set of materials that can help you right now!
              </p>
              <div>
                <div>
    <div style="background:#B0D2F6 none repeat scroll 0 0;border:1px solid #9CC3DA;padding:10px;float:left;-moz-border-radius: 5px;-webkit-border-radius: 5px;margin-top:3px;margin-bottom:3px">
                    <div style="color:#333;font-size:110%px;margin-bottom:5px">
                <b>Click below to sign-up for <span style="font-size:110%">FREE</span>.</b>
            </div>
            <div>
                <fb:login-button onlogin="location.href = 'http://www.coursehero.com/loginRedirect.php'"></fb:login-button>
                <script type="text/javascript">
                FB.init("673bc1e340fed7d27e0229e1c716765e", "/xd_receiver.htm");
                </script>
            </div>
            </div>
    <div style="clear:both;height:0px">
        &nbsp;<br>
    </div>
</div>              </div>
            </div>
        </td>
      </tr>
      <tr>
        <td align="center">
          <div style="margin-top:60px;"><img src="img/textbook-small.jpg"/></div>
        </td>
        <td valign="top">
            <div style="margin-top:60px;padding-right:60px;">
              <h3 style="font-size:120%;margin:0;padding:0;border-bottom:2px #ccc dotted;font-weight:bold">Get over 200,000 textbook solutions now!</h3>
              <p>
                Having difficulty with your homework and need documents that are relevant for your Textbook? Don't be frustrated. Course Hero's Textbook Help presents you study materials from many college courses.
              </p>
              <div>
                <div>
    <div style="background:#B0D2F6 none repeat scroll 0 0;border:1px solid #9CC3DA;padding:10px;float:left;-moz-border-radius: 5px;-webkit-border-radius: 5px;margin-top:3px;margin-bottom:3px">
                    <div style="color:#333;font-size:110%px;margin-bottom:5px">
                <b>Click below to sign-up for <span style="font-size:110%">FREE</span>.</b>
            </div>
            <div>
                <fb:login-button onlogin="location.href = 'http://www.coursehero.com/loginRedirect.php'"></fb:login-button>
                <script type="text/javascript">
                FB.init("673bc1e340fed7d27e0229e1c716765e", "/xd_receiver.htm");
                </script>
            </div>
            </div>
    <div style="clear:both;height:0px">
        &nbsp;<br>
    </div>
</div>              </div>
            </div>
        </td>
      </tr>
      <tr>
        <td align="center"><div style="margin-top:60px;"><img src="img/studyGroup-small.jpg"/></div></td>
        <td valign="top">
            <div style="margin-top:60px;padding-right:60px;">
              <h3 style="font-size:120%;margin:0;padding:0;border-bottom:2px #ccc dotted;font-weight:bold">Meet over 300,000 students and your fellow classmates now!</h3>
              <p>
                Want to meet your current classmates or those that took the class last year? Don’t worry or have anxiety. Course Hero’s Study Groups gives you the seamless opportunity to develop both anonymous or direct relationships with those classmates whom you want to meet and get help from right now!
              </p>
              <div>
                <div>
    <div style="background:#B0D2F6 none repeat scroll 0 0;border:1px solid #9CC3DA;padding:10px;float:left;-moz-border-radius: 5px;-webkit-border-radius: 5px;margin-top:3px;margin-bottom:3px">
                    <div style="color:#333;font-size:110%px;margin-bottom:5px">
                <b>Click below to sign-up for <span style="font-size:110%">FREE</span>.</b>
            </div>
            <div>
                <fb:login-button onlogin="location.href = 'http://www.coursehero.com/loginRedirect.php'"></fb:login-button>
                <script type="text/javascript">
                FB.init("673bc1e340fed7d27e0229e1c716765e", "/xd_receiver.htm");
                </script>
            </div>
            </div>
    <div style="clear:both;height:0px">
        &nbsp;<br>
    </div>
</div>              </div>
            </div>
        </td>
      </tr>
    </table>
</div>
<div style="clear:both;height:160px"></div>
</div>

</div>
  

        <script type="text/javascript">
      var gaJsHost = (("https:" == document.location.protocol) ? "https://ssl." : "http://www.");
      document.write(unescape("%3Cscript src='" + gaJsHost + "google-analytics.com/ga.js' type='text/javascript'%3E%3C/script%3E"));
      </script>
<script type="text/javascript">
      var pageTracker = _gat._getTracker("UA-1389869-2");
      pageTracker._initData();
      pageTracker._trackPageview();
            pageTracker._setVar("coursehero_omk");
            </script>

  </div>

<!-- Google Code for Premier Account Conversion Page -->
<script type="text/javascript">
<!--
var google_conversion_id = 1029779469;
var google_conversion_language = "en_US";
var google_conversion_format = "3";
var google_conversion_color = "ffffff";
var google_conversion_label = "tC1YCK2oswEQjeCE6wM";
var google_conversion_value = 0;
//-->
</script>
<script type="text/javascript" src="http://www.googleadservices.com/pagead/conversion.js">
</script>
<noscript>
<div style="display:inline;">
<img height="1" width="1" style="border-style:none;" alt="" src="http://www.googleadservices.com/pagead/conversion/1029779469/?label=tC1YCK2oswEQjeCE6wM&amp;guid=ON&amp;script=0"/>
</div>
</noscript>




    <ul id="doc_archive">
  <div>Recent Document Views By Students (for a subset of schools only) - Historical Archives </div>
                  <li><a href="/prefix/00/documents/1/">Cornell</a></li>
                            <li>USC</li>
                            <li>Santa Clara</li>
                        <li><a href="/prefix/01/documents/1/">Princeton</a></li>
                            <li>Colorado</li>
                            <li>Stanford</li>
                        <li><a href="/prefix/02/documents/1/">Virginia Tech</a></li>
                            <li>San Jose State</li>
                            <li>Yale</li>
                        <li><a href="/prefix/03/documents/1/">Penn State</a></li>
                            <li>Rutgers</li>
                            <li>Georgetown</li>
                        <li><a href="/prefix/04/documents/1/">San Diego State</a></li>
                            <li>Lehigh</li>
                            <li>Rochester</li>
                        <li><a href="/prefix/05/documents/1/">UCSB</a></li>
                            <li>Trinity U</li>
                            <li>Chapman</li>
                        <li><a href="/prefix/06/documents/1/">Harvard</a></li>
                            <li>SCAD</li>
                            <li>Clemson</li>
                        <li><a href="/prefix/07/documents/1/">BU</a></li>
                            <li>University of Ottawa</li>
                            <li>Columbia</li>
                        <li><a href="/prefix/08/documents/1/">Evansville</a></li>
                            <li>Amherst</li>
                            <li>UC Irvine</li>
                        <li><a href="/prefix/09/documents/1/">Georgia Tech</a></li>
                            <li>SUNY Albany</li>
                            <li>Hudson VCC</li>
                        <li><a href="/prefix/0a/documents/1/">Cal Poly</a></li>
                            <li>UPenn</li>
                            <li>LSE</li>
                        <li><a href="/prefix/0b/documents/1/">Delaware</a></li>
                            <li>USF</li>
                            <li>Michigan</li>
                        <li><a href="/prefix/0c/documents/1/">Oklahoma State</a></li>
                            <li>SUNY Stony Brook</li>
                            <li>LSU</li>
                        <li><a href="/prefix/0d/documents/1/">Carroll WI</a></li>
                            <li>Duke</li>
                            <li>UCSD</li>
                        <li><a href="/prefix/0e/documents/1/">W. Kentucky</a></li>
                            <li>George Mason</li>
                            <li>Catholic</li>
                        <li><a href="/prefix/0f/documents/1/">Maryland</a></li>
                            <li>Montgomery CC</li>
                            <li>CUHK</li>
                        <li><a href="/prefix/10/documents/1/">Hamilton College</a></li>
                            <li>WVU</li>
                            <li>Towson</li>
                        <li><a href="/prefix/11/documents/1/">Loyola Marymount</a></li>
                            <li>SUNY Buffalo</li>
                            <li>McGill</li>
                        <li><a href="/prefix/12/documents/1/">Miami University</a></li>
                            <li>Bridgewater State</li>
                            <li>SUNY Oneonta</li>
                        <li><a href="/prefix/13/documents/1/">Missouri</a></li>
                            <li>Ohio State</li>
                            <li>UMass Dartmouth</li>
                        <li><a href="/prefix/14/documents/1/">Purdue</a></li>
                            <li>Alabama</li>
                            <li>Alabama Huntsville</li>
                        <li><a href="/prefix/15/documents/1/">Auburn</a></li>
                            <li>Jacksonville State</li>
                            <li>JDCC</li>
                        <li><a href="/prefix/16/documents/1/">Samford</a></li>
                            <li>Troy</li>
                            <li>Tuskegee</li>
                        <li><a href="/prefix/17/documents/1/">UAB</a></li>
                            <li>Arizona</li>
                            <li>ASU</li>
                        <li><a href="/prefix/18/documents/1/">Glendale CC</a></li>
                            <li>Grand Canyon</li>
                            <li>Mesa CC</li>
                        <li><a href="/prefix/19/documents/1/">N. Arizona</a></li>
                            <li>Arkansas</li>
                            <li>Arkansas Little Rock</li>
                        <li><a href="/prefix/1a/documents/1/">C. Arkansas</a></li>
                            <li>Harding</li>
                            <li>Hendrix</li>
                        <li><a href="/prefix/1b/documents/1/">Ouachita Baptist</a></li>
                            <li>Allan Hancock College</li>
                            <li>American River</li>
                        <li><a href="/prefix/1c/documents/1/">Berkeley</a></li>
                            <li>CA Maritime</li>
                            <li>Cal Poly Pomona</li>
                        <li><a href="/prefix/1d/documents/1/">Cal. Lutheran</a></li>
                            <li>Caltech</li>
                            <li>City College SF</li>
                        <li><a href="/prefix/1e/documents/1/">Claremont</a></li>
                            <li>CSU Chico</li>
                            <li>CSU East Bay</li>
                        <li><a href="/prefix/1f/documents/1/">CSU Fresno</a></li>
                            <li>CSU Fullerton</li>
                            <li>CSU LA</li>
                        <li><a href="/prefix/20/documents/1/">CSU Long Beach</a></li>
                            <li>CSU Mont. Bay</li>
                            <li>CSU Northridge</li>
                        <li><a href="/prefix/21/documents/1/">CSU Sacramento</a></li>
                            <li>CSU San Bernardino</li>
                            <li>CSU San Marcos</li>
                        <li><a href="/prefix/22/documents/1/">CSU Stanislaus</a></li>
                            <li>Cuesta College</li>
                            <li>El Camino</li>
                        <li><a href="/prefix/23/documents/1/">Foothill College</a></li>
                            <li>Humboldt State</li>
                            <li>Irvine Valley College</li>
                        <li><a href="/prefix/24/documents/1/">Los Rios Colleges</a></li>
                            <li>Masters CA</li>
                            <li>Mt. SAC</li>
                        <li><a href="/prefix/25/documents/1/">Occidental</a></li>
                            <li>Pacific</li>
                            <li>Palomar</li>
                        <li><a href="/prefix/26/documents/1/">Pasadena</a></li>
                            <li>Pepperdine</li>
                            <li>Point Loma</li>
                        <li><a href="/prefix/27/documents/1/">S.F. State</a></li>
                            <li>Saddleback</li>
                            <li>Samuel Merritt</li>
                        <li><a href="/prefix/28/documents/1/">San Diego</a></li>
                            <li>San Mateo Colleges</li>
                            <li>Santa Barbara City</li>
                        <li><a href="/prefix/29/documents/1/">Santa Monica</a></li>
                            <li>Sonoma</li>
                            <li>St. Mary's CA</li>
                        <li><a href="/prefix/2a/documents/1/">UC Davis</a></li>
                            <li>UC Riverside</li>
                            <li>UCLA</li>
                        <li><a href="/prefix/2b/documents/1/">UCSC</a></li>
                            <li>University of San Francisco</li>
                            <li>Western University of Health Sciences</li>
                        <li><a href="/prefix/2c/documents/1/">Westmont</a></li>
                            <li>Adams State</li>
                            <li>Colorado College</li>
                        <li><a href="/prefix/2d/documents/1/">Colorado Denver</a></li>
                            <li>Colorado State</li>
                            <li>Denver</li>
                        <li><a href="/prefix/2e/documents/1/">Front Range Community College</a></li>
                            <li>JWU Denver</li>
                            <li>Mines</li>
                        <li><a href="/prefix/2f/documents/1/">MSCD</a></li>
                            <li>N. Colorado</li>
                            <li>C. Connecticut</li>
                        <li><a href="/prefix/30/documents/1/">Conn College</a></li>
                            <li>Eastern CT</li>
                            <li>Fairfield</li>
                        <li><a href="/prefix/31/documents/1/">Hartford</a></li>
                            <li>New Haven</li>
                            <li>Quinnipiac</li>
                        <li><a href="/prefix/32/documents/1/">S. Connecticut</a></li>
                            <li>Sacred Heart</li>
                            <li>St. Joseph CT</li>
                        <li><a href="/prefix/33/documents/1/">Trinity</a></li>
                            <li>UConn</li>
                            <li>W. Connecticut</li>
                        <li><a href="/prefix/34/documents/1/">Wesleyan</a></li>
                            <li>American</li>
                            <li>GWU</li>
                        <li><a href="/prefix/35/documents/1/">Embry-Riddle</a></li>
                            <li>FAU</li>
                            <li>FGCU</li>
                        <li><a href="/prefix/36/documents/1/">FIT</a></li>
                            <li>FIU</li>
                            <li>Flagler</li>
                        <li><a href="/prefix/37/documents/1/">Florida Coastal School of Law</a></li>
                            <li>FSU</li>
                            <li>Full Sail</li>
                        <li><a href="/prefix/38/documents/1/">Jacksonville U.</a></li>
                            <li>Lynn</li>
                            <li>Miami Dade</li>
                        <li><a href="/prefix/39/documents/1/">Nova Southeastern University</a></li>
                            <li>Rollins</li>
                            <li>Saint Petersburg</li>
                        <li><a href="/prefix/3a/documents/1/">Seminole CC</a></li>
                            <li>SFCC FL</li>
                            <li>St. Thomas FL</li>
                        <li><a href="/prefix/3b/documents/1/">Stetson</a></li>
                            <li>Tallahassee</li>
                            <li>Tampa</li>
                        <li><a href="/prefix/3c/documents/1/">UCF</a></li>
                            <li>UF</li>
                            <li>UMiami</li>
                        <li><a href="/prefix/3d/documents/1/">UNF</a></li>
                            <li>Valencia</li>
                            <li>W. Florida</li>
                        <li><a href="/prefix/3e/documents/1/">Emory</a></li>
                            <li>GA Southern</li>
                            <li>Gainesville State</li>
                        <li><a href="/prefix/3f/documents/1/">GCSU</a></li>
                            <li>Georgia Perimeter</li>
                            <li>Georgia State</li>
                        <li><a href="/prefix/40/documents/1/">Highlands GA</a></li>
                            <li>Kennesaw</li>
                            <li>Macon State</li>
                        <li><a href="/prefix/41/documents/1/">Mercer</a></li>
                            <li>N. Georgia</li>
                            <li>Oglethorpe</li>
                        <li><a href="/prefix/42/documents/1/">Reinhardt</a></li>
                            <li>Spelman</li>
                            <li>SPSU</li>
                        <li><a href="/prefix/43/documents/1/">UGA</a></li>
                            <li>University of West Georgia</li>
                            <li>Valdosta</li>
                        <li><a href="/prefix/44/documents/1/">Hawaii</a></li>
                            <li>Boise State</li>
                            <li>BYU - ID</li>
                        <li><a href="/prefix/45/documents/1/">Idaho</a></li>
                            <li>Idaho State</li>
                            <li>Augustana</li>
                        <li><a href="/prefix/46/documents/1/">Bradley</a></li>
                            <li>DePaul</li>
                            <li>DeVry Tinley Park</li>
                        <li><a href="/prefix/47/documents/1/">Dupage</a></li>
                            <li>E. Illinois</li>
                            <li>Harper</li>
                        <li><a href="/prefix/48/documents/1/">Ill. Chicago</a></li>
                            <li>Ill. Wesleyan</li>
                            <li>Illinois State</li>
                        <li><a href="/prefix/49/documents/1/">Illinois Tech</a></li>
                            <li>Lake Forest</li>
                            <li>Loyola Chicago</li>
                        <li><a href="/prefix/4a/documents/1/">Moody Bible Institute</a></li>
                            <li>N. Illinois</li>
                            <li>North Park</li>
                        <li><a href="/prefix/4b/documents/1/">Northwestern</a></li>
                            <li>Parkland</li>
                            <li>Quincy</li>
                        <li><a href="/prefix/4c/documents/1/">SIU Carbondale</a></li>
                            <li>SIU Edwardsville</li>
                            <li>UChicago</li>
                        <li><a href="/prefix/4d/documents/1/">UIllinois</a></li>
                            <li>W. Illinois</li>
                            <li>Waubonsee</li>
                        <li><a href="/prefix/4e/documents/1/">Ball State</a></li>
                            <li>Butler</li>
                            <li>DePauw</li>
                        <li><a href="/prefix/4f/documents/1/">Indiana</a></li>
                            <li>Indiana State</li>
                            <li>Indiana Wesleyan</li>
                        <li><a href="/prefix/50/documents/1/">IUPUI</a></li>
                            <li>Ivy Tech Community College</li>
                            <li>Notre Dame</li>
                        <li><a href="/prefix/51/documents/1/">Rose-Hulman</a></li>
                            <li>Valparaiso</li>
                            <li>Cornell College</li>
                        <li><a href="/prefix/52/documents/1/">Des Moines CC</a></li>
                            <li>Dordt</li>
                            <li>Drake</li>
                        <li><a href="/prefix/53/documents/1/">Indian Hills CC</a></li>
                            <li>Iowa</li>
                            <li>Iowa State</li>
                        <li><a href="/prefix/54/documents/1/">Luther</a></li>
                            <li>Palmer Chiropractic</li>
                            <li>JCCC</li>
                        <li><a href="/prefix/55/documents/1/">Kansas</a></li>
                            <li>Kansas State</li>
                            <li>Pitt. State</li>
                        <li><a href="/prefix/56/documents/1/">Washburn</a></li>
                            <li>Wichita State</li>
                            <li>Centre</li>
                        <li><a href="/prefix/57/documents/1/">KCTCS</a></li>
                            <li>Kentucky</li>
                            <li>Morehead State</li>
                        <li><a href="/prefix/58/documents/1/">Murray State KY</a></li>
                            <li>Thomas More KY</li>
                            <li>University of Louisville</li>
                        <li><a href="/prefix/59/documents/1/">Baton Rouge CC</a></li>
                            <li>LA Tech</li>
                            <li>Lady of the Lake</li>
                        <li><a href="/prefix/5a/documents/1/">Loyola New Orleans</a></li>
                            <li>Nicholls State</li>
                            <li>Tulane</li>
                        <li><a href="/prefix/5b/documents/1/">University of Louisiana at Monroe</a></li>
                            <li>University of New Orleans</li>
                            <li>Xavier LA</li>
                        <li><a href="/prefix/5c/documents/1/">Bates</a></li>
                            <li>Bowdoin</li>
                            <li>Colby</li>
                        <li><a href="/prefix/5d/documents/1/">College of the Atlantic</a></li>
                            <li>UNE</li>
                            <li>Anne Arundel CC</li>
                        <li><a href="/prefix/5e/documents/1/">CCBCMD</a></li>
                            <li>Frostburg</li>
                            <li>Goucher</li>
                        <li><a href="/prefix/5f/documents/1/">Hagerstown CC</a></li>
                            <li>Howard CC</li>
                            <li>Johns Hopkins</li>
                        <li><a href="/prefix/60/documents/1/">Loyola Maryland</a></li>
                            <li>McDaniel</li>
                            <li>Montgomery MD</li>
                        <li><a href="/prefix/61/documents/1/">MS Mary</a></li>
                            <li>Naval Academy</li>
                            <li>Salisbury</li>
                        <li><a href="/prefix/62/documents/1/">St. Mary MD</a></li>
                            <li>UMBC</li>
                            <li>Assumption</li>
                        <li><a href="/prefix/63/documents/1/">Babson</a></li>
                            <li>Bay State</li>
                            <li>BC</li>
                        <li><a href="/prefix/64/documents/1/">Bentley</a></li>
                            <li>Berklee</li>
                            <li>Brandeis</li>
                        <li><a href="/prefix/65/documents/1/">Clark U</a></li>
                            <li>Emerson</li>
                            <li>Emmanuel</li>
                        <li><a href="/prefix/66/documents/1/">Endicott</a></li>
                            <li>Fitchburg</li>
                            <li>Gordon MA</li>
                        <li><a href="/prefix/67/documents/1/">Holy Cross</a></li>
                            <li>Lasell</li>
                            <li>Mass Colleges</li>
                        <li><a href="/prefix/68/documents/1/">Mass Maritime</a></li>
                            <li>Massasoit</li>
                            <li>MCLA</li>
                        <li><a href="/prefix/69/documents/1/">MCPHS</a></li>
                            <li>Merrimack</li>
                            <li>MIT</li>
                        <li><a href="/prefix/6a/documents/1/">Mount Ida</a></li>
                            <li>North Shore</li>
                            <li>Northeastern</li>
                        <li><a href="/prefix/6b/documents/1/">Salem State</a></li>
                            <li>Simons Rock</li>
                            <li>Springfield</li>
                        <li><a href="/prefix/6c/documents/1/">Stonehill</a></li>
                            <li>Suffolk</li>
                            <li>Tufts</li>
                        <li><a href="/prefix/6d/documents/1/">UMass</a></li>
                            <li>UMass Boston</li>
                            <li>UMass Lowell</li>
                        <li><a href="/prefix/6e/documents/1/">Wellesley</a></li>
                            <li>Wentworth</li>
                            <li>Westfield State</li>
                        <li><a href="/prefix/6f/documents/1/">Worcester</a></li>
                            <li>WPI</li>
                            <li>Albion</li>
                        <li><a href="/prefix/70/documents/1/">Calvin</a></li>
                            <li>Central Mich.</li>
                            <li>Concordia MI</li>
                        <li><a href="/prefix/71/documents/1/">Detroit Mercy</a></li>
                            <li>E. Michigan</li>
                            <li>Ferris State</li>
                        <li><a href="/prefix/72/documents/1/">Grand Rapids CC</a></li>
                            <li>Grand Valley State</li>
                            <li>Hillsdale</li>
                        <li><a href="/prefix/73/documents/1/">Hope</a></li>
                            <li>Kettering</li>
                            <li>KVCC</li>
                        <li><a href="/prefix/74/documents/1/">Lansing</a></li>
                            <li>Mich Tech</li>
                            <li>N. Michigan</li>
                        <li><a href="/prefix/75/documents/1/">Saginaw Valley</a></li>
                            <li>Washtenaw</li>
                            <li>Wayne State University</li>
                        <li><a href="/prefix/76/documents/1/">Western Michigan</a></li>
                            <li>Augsburg</li>
                            <li>Century</li>
                        <li><a href="/prefix/77/documents/1/">CSB-SJU</a></li>
                            <li>Gustavus</li>
                            <li>Minnesota</li>
                        <li><a href="/prefix/78/documents/1/">Minnesota Colleges</a></li>
                            <li>MNSU</li>
                            <li>South Central College</li>
                        <li><a href="/prefix/79/documents/1/">St. Cloud</a></li>
                            <li>St. Olaf</li>
                            <li>St. Scholastica</li>
                        <li><a href="/prefix/7a/documents/1/">St. Thomas</a></li>
                            <li>University of Minnesota Duluth</li>
                            <li>University of Minnesota Morris</li>
                        <li><a href="/prefix/7b/documents/1/">Winona</a></li>
                            <li>Blue Mountain</li>
                            <li>Miss. College</li>
                        <li><a href="/prefix/7c/documents/1/">Mississippi State</a></li>
                            <li>Ole Miss</li>
                            <li>Southern Miss.</li>
                        <li><a href="/prefix/7d/documents/1/">A.T. Still University</a></li>
                            <li>Metropolitan MO CC</li>
                            <li>Missouri S&T</li>
                        <li><a href="/prefix/7e/documents/1/">Missouri State</a></li>
                            <li>NW Missouri</li>
                            <li>Rockhurst</li>
                        <li><a href="/prefix/7f/documents/1/">Saint Louis</a></li>
                            <li>SEMO</li>
                            <li>STLCOP</li>
                        <li><a href="/prefix/80/documents/1/">Truman State</a></li>
                            <li>UCM</li>
                            <li>UMKC</li>
                        <li><a href="/prefix/81/documents/1/">Washington University in St. Louis</a></li>
                            <li>Westminster MO</li>
                            <li>Montana</li>
                        <li><a href="/prefix/82/documents/1/">Montana Tech</a></li>
                            <li>MSU Bozeman</li>
                            <li>Creighton</li>
                        <li><a href="/prefix/83/documents/1/">UNK</a></li>
                            <li>UNL</li>
                            <li>UNO</li>
                        <li><a href="/prefix/84/documents/1/">York NE</a></li>
                            <li>College of Southern Nevada</li>
                            <li>Nevada</li>
                        <li><a href="/prefix/85/documents/1/">UNLV</a></li>
                            <li>Dartmouth</li>
                            <li>Keene State</li>
                        <li><a href="/prefix/86/documents/1/">New Hampshire</a></li>
                            <li>S. New Hampshire</li>
                            <li>Atlantic Cape Community College</li>
                        <li><a href="/prefix/87/documents/1/">Bergen CC</a></li>
                            <li>Brookdale</li>
                            <li>Camden County</li>
                        <li><a href="/prefix/88/documents/1/">Fairleigh Dickinson</a></li>
                            <li>Kean</li>
                            <li>Monmouth</li>
                        <li><a href="/prefix/89/documents/1/">Montclair</a></li>
                            <li>NJIT</li>
                            <li>Passaic County Community College</li>
                        <li><a href="/prefix/8a/documents/1/">Ramapo</a></li>
                            <li>Rider</li>
                            <li>Rowan</li>
                        <li><a href="/prefix/8b/documents/1/">Seton Hall</a></li>
                            <li>Stevens</li>
                            <li>Stockton</li>
                        <li><a href="/prefix/8c/documents/1/">TCNJ</a></li>
                            <li>Thomas Edison State</li>
                            <li>WPUNJ</li>
                        <li><a href="/prefix/8d/documents/1/">New Mexico</a></li>
                            <li>NMSU</li>
                            <li>NMT</li>
                        <li><a href="/prefix/8e/documents/1/">Adelphi</a></li>
                            <li>Alfred</li>
                            <li>Bard</li>
                        <li><a href="/prefix/8f/documents/1/">Binghamton</a></li>
                            <li>Brooklyn Law School</li>
                            <li>Broome CC</li>
                        <li><a href="/prefix/90/documents/1/">Buffalo State</a></li>
                            <li>Canisius</li>
                            <li>Clarkson</li>
                        <li><a href="/prefix/91/documents/1/">Colgate</a></li>
                            <li>CUNY Baruch</li>
                            <li>CUNY Brooklyn</li>
                        <li><a href="/prefix/92/documents/1/">CUNY City</a></li>
                            <li>CUNY Hunter</li>
                            <li>CUNY John Jay</li>
                        <li><a href="/prefix/93/documents/1/">CUNY Manhattan</a></li>
                            <li>CUNY Queens</li>
                            <li>Finger Lakes Community College</li>
                        <li><a href="/prefix/94/documents/1/">Fordham</a></li>
                            <li>Hofstra</li>
                            <li>Houghton College</li>
                        <li><a href="/prefix/95/documents/1/">HWS</a></li>
                            <li>Iona</li>
                            <li>Ithaca College</li>
                        <li><a href="/prefix/96/documents/1/">Long Island U.</a></li>
                            <li>Manhattan College</li>
                            <li>Marist</li>
                        <li><a href="/prefix/97/documents/1/">Monroe CC</a></li>
                            <li>Nassau CC</li>
                            <li>NYIT</li>
                        <li><a href="/prefix/98/documents/1/">NYMC</a></li>
                            <li>NYU</li>
                            <li>Pace</li>
                        <li><a href="/prefix/99/documents/1/">Polytechnic</a></li>
                            <li>RIT</li>
                            <li>RPI</li>
                        <li><a href="/prefix/9a/documents/1/">Siena</a></li>
                            <li>Skidmore</li>
                            <li>St. Bonaventure</li>
                        <li><a href="/prefix/9b/documents/1/">St. John Fisher</a></li>
                            <li>St. Johns</li>
                            <li>St. Lawrence</li>
                        <li><a href="/prefix/9c/documents/1/">St. Rose</a></li>
                            <li>Staten Island</li>
                            <li>SUNY Brockport</li>
                        <li><a href="/prefix/9d/documents/1/">SUNY Cobleskill</a></li>
                            <li>SUNY Fredonia</li>
                            <li>SUNY Geneseo</li>
                        <li><a href="/prefix/9e/documents/1/">SUNY IT</a></li>
                            <li>SUNY Maritime</li>
                            <li>SUNY New Paltz</li>
                        <li><a href="/prefix/9f/documents/1/">SUNY Oswego</a></li>
                            <li>SUNY Plattsburgh</li>
                            <li>SUNY Potsdam</li>
                        <li><a href="/prefix/a0/documents/1/">SUNY Purchase</a></li>
                            <li>SUNY Rockland</li>
                            <li>Syracuse</li>
                        <li><a href="/prefix/a1/documents/1/">Touro NY</a></li>
                            <li>Union</li>
                            <li>USMMA</li>
                        <li><a href="/prefix/a2/documents/1/">Vassar</a></li>
                            <li>Wagner</li>
                            <li>Wells</li>
                        <li><a href="/prefix/a3/documents/1/">West Point</a></li>
                            <li>Yeshiva</li>
                            <li>Appalachian State</li>
                        <li><a href="/prefix/a4/documents/1/">Campbell</a></li>
                            <li>Davidson</li>
                            <li>East Carolina</li>
                        <li><a href="/prefix/a5/documents/1/">Elon</a></li>
                            <li>Greensboro College</li>
                            <li>Guilford</li>
                        <li><a href="/prefix/a6/documents/1/">Meredith</a></li>
                            <li>N.C. A&T</li>
                            <li>N.C. State</li>
                        <li><a href="/prefix/a7/documents/1/">UNC</a></li>
                            <li>UNC Asheville</li>
                            <li>UNC Charlotte</li>
                        <li><a href="/prefix/a8/documents/1/">UNC Greensboro</a></li>
                            <li>UNC Wilmington</li>
                            <li>W. Carolina</li>
                        <li><a href="/prefix/a9/documents/1/">Wake Forest</a></li>
                            <li>Wake Tech</li>
                            <li>North Dakota</li>
                        <li><a href="/prefix/aa/documents/1/">Akron</a></li>
                            <li>Bowling Green</li>
                            <li>Capital</li>
                        <li><a href="/prefix/ab/documents/1/">Case Western</a></li>
                            <li>Cedarville</li>
                            <li>Cincinnati</li>
                        <li><a href="/prefix/ac/documents/1/">Cleveland State</a></li>
                            <li>CSCC</li>
                            <li>Denison</li>
                        <li><a href="/prefix/ad/documents/1/">Heidelberg</a></li>
                            <li>John Carroll</li>
                            <li>Kent State</li>
                        <li><a href="/prefix/ae/documents/1/">Kenyon</a></li>
                            <li>Marietta</li>
                            <li>Mt. Union</li>
                        <li><a href="/prefix/af/documents/1/">Ohio</a></li>
                            <li>Ohio Northern</li>
                            <li>Toledo</li>
                        <li><a href="/prefix/b0/documents/1/">University of Dayton</a></li>
                            <li>Xavier</li>
                            <li>Youngstown</li>
                        <li><a href="/prefix/b1/documents/1/">Oklahoma</a></li>
                            <li>Oklahoma Christian</li>
                            <li>Southern Nazarene</li>
                        <li><a href="/prefix/b2/documents/1/">Corban</a></li>
                            <li>Oregon</li>
                            <li>Oregon State</li>
                        <li><a href="/prefix/b3/documents/1/">Portland</a></li>
                            <li>Portland CC</li>
                            <li>Southern Oregon</li>
                        <li><a href="/prefix/b4/documents/1/">Willamette</a></li>
                            <li>Allegheny</li>
                            <li>Arcadia</li>
                        <li><a href="/prefix/b5/documents/1/">Bloomsburg</a></li>
                            <li>Bucknell</li>
                            <li>Bucks CCC</li>
                        <li><a href="/prefix/b6/documents/1/">California PA</a></li>
                            <li>Carnegie Mellon</li>
                            <li>CCAC</li>
                        <li><a href="/prefix/b7/documents/1/">Clarion</a></li>
                            <li>Dickinson</li>
                            <li>Drexel</li>
                        <li><a href="/prefix/b8/documents/1/">Duquesne</a></li>
                            <li>E. Stroudsburg</li>
                            <li>Eastern</li>
                        <li><a href="/prefix/b9/documents/1/">F & M</a></li>
                            <li>Gannon</li>
                            <li>Gettysburg</li>
                        <li><a href="/prefix/ba/documents/1/">Grove City</a></li>
                            <li>Haverford</li>
                            <li>IUP</li>
                        <li><a href="/prefix/bb/documents/1/">Kutztown</a></li>
                            <li>Lafayette</li>
                            <li>Lincoln U. PA</li>
                        <li><a href="/prefix/bc/documents/1/">Lock Haven</a></li>
                            <li>Lycoming</li>
                            <li>Mansfield</li>
                        <li><a href="/prefix/bd/documents/1/">Mercyhurst</a></li>
                            <li>Messiah</li>
                            <li>Millersville</li>
                        <li><a href="/prefix/be/documents/1/">Moravian</a></li>
                            <li>Philadelphia College of Osteopathic Medicine</li>
                            <li>Pittsburgh</li>
                        <li><a href="/prefix/bf/documents/1/">Saint Joseph's University</a></li>
                            <li>Scranton</li>
                            <li>Shippensburg</li>
                        <li><a href="/prefix/c0/documents/1/">Slippery Rock</a></li>
                            <li>St. Francis PA</li>
                            <li>St. Vincent</li>
                        <li><a href="/prefix/c1/documents/1/">Temple</a></li>
                            <li>Thiel</li>
                            <li>Ursinus</li>
                        <li><a href="/prefix/c2/documents/1/">USP</a></li>
                            <li>Villanova</li>
                            <li>West Chester</li>
                        <li><a href="/prefix/c3/documents/1/">Widener</a></li>
                            <li>Wilkes</li>
                            <li>YCP</li>
                        <li><a href="/prefix/c4/documents/1/">Brown</a></li>
                            <li>Bryant</li>
                            <li>CCRI</li>
                        <li><a href="/prefix/c5/documents/1/">JWU Providence</a></li>
                            <li>Providence</li>
                            <li>Rhode Island</li>
                        <li><a href="/prefix/c6/documents/1/">RIC</a></li>
                            <li>Roger Williams</li>
                            <li>Salve Regina</li>
                        <li><a href="/prefix/c7/documents/1/">Citadel</a></li>
                            <li>Coastal Carolina</li>
                            <li>CofC</li>
                        <li><a href="/prefix/c8/documents/1/">Lander</a></li>
                            <li>North Greenville</li>
                            <li>South Carolina</li>
                        <li><a href="/prefix/c9/documents/1/">University of South Carolina Beaufort</a></li>
                            <li>Wofford</li>
                            <li>Augustana SD</li>
                        <li><a href="/prefix/ca/documents/1/">SD State</a></li>
                            <li>SDSMT</li>
                            <li>South Dakota</li>
                        <li><a href="/prefix/cb/documents/1/">Belmont</a></li>
                            <li>Chattanooga State</li>
                            <li>Christian Brothers</li>
                        <li><a href="/prefix/cc/documents/1/">ETSU</a></li>
                            <li>Lane</li>
                            <li>Lipscomb</li>
                        <li><a href="/prefix/cd/documents/1/">MTSU</a></li>
                            <li>Rhodes</li>
                            <li>Sewanee</li>
                        <li><a href="/prefix/ce/documents/1/">Tennessee</a></li>
                            <li>TN Tech</li>
                            <li>U. Memphis</li>
                        <li><a href="/prefix/cf/documents/1/">UT Chattanooga</a></li>
                            <li>Vanderbilt</li>
                            <li>Abilene Christian</li>
                        <li><a href="/prefix/d0/documents/1/">Alamo Colleges</a></li>
                            <li>Angelo State</li>
                            <li>Austin CC</li>
                        <li><a href="/prefix/d1/documents/1/">Austin College</a></li>
                            <li>Baylor</li>
                            <li>Blinn</li>
                        <li><a href="/prefix/d2/documents/1/">Collin College</a></li>
                            <li>Dallas Baptist</li>
                            <li>Dallas Colleges</li>
                        <li><a href="/prefix/d3/documents/1/">DeVry Houston</a></li>
                            <li>Houston Baptist</li>
                            <li>Houston Downtown</li>
                        <li><a href="/prefix/d4/documents/1/">Lee CC</a></li>
                            <li>LeTourneau</li>
                            <li>Mary Hardin-Baylor</li>
                        <li><a href="/prefix/d5/documents/1/">McMurry</a></li>
                            <li>Navarro College</li>
                            <li>NHMCCD</li>
                        <li><a href="/prefix/d6/documents/1/">North Texas</a></li>
                            <li>Prairie View A & M</li>
                            <li>Rice</li>
                        <li><a href="/prefix/d7/documents/1/">San Jacinto</a></li>
                            <li>SFASU</li>
                            <li>SHSU</li>
                        <li><a href="/prefix/d8/documents/1/">SMU</a></li>
                            <li>South Plains College</li>
                            <li>Southwest Texas Junior College</li>
                        <li><a href="/prefix/d9/documents/1/">St. Edwards</a></li>
                            <li>St. Mary TX</li>
                            <li>TAMU Corp. Chr.</li>
                        <li><a href="/prefix/da/documents/1/">TAMU Galveston</a></li>
                            <li>TAMU Intl.</li>
                            <li>Tarleton</li>
                        <li><a href="/prefix/db/documents/1/">Tarrant County</a></li>
                            <li>TCU</li>
                            <li>Texas</li>
                        <li><a href="/prefix/dc/documents/1/">Texas A&M</a></li>
                            <li>Texas San Antonio</li>
                            <li>Texas State</li>
                        <li><a href="/prefix/dd/documents/1/">Texas Tech</a></li>
                            <li>Texas Tyler</li>
                            <li>Texas Woman's University</li>
                        <li><a href="/prefix/de/documents/1/">Tyler College</a></li>
                            <li>U. Houston</li>
                            <li>UH Clear Lake</li>
                        <li><a href="/prefix/df/documents/1/">UT Arlington</a></li>
                            <li>UT Dallas</li>
                            <li>BYU</li>
                        <li><a href="/prefix/e0/documents/1/">Utah</a></li>
                            <li>Westminster UT</li>
                            <li>Champlain</li>
                        <li><a href="/prefix/e1/documents/1/">Middlebury</a></li>
                            <li>Vermont</li>
                            <li>CNU</li>
                        <li><a href="/prefix/e2/documents/1/">JMU</a></li>
                            <li>Liberty</li>
                            <li>Longwood</li>
                        <li><a href="/prefix/e3/documents/1/">Mary Washington</a></li>
                            <li>Northern Virginia</li>
                            <li>Old Dominion</li>
                        <li><a href="/prefix/e4/documents/1/">Radford</a></li>
                            <li>Richmond</li>
                            <li>UVA</li>
                        <li><a href="/prefix/e5/documents/1/">VCCS</a></li>
                            <li>VCU</li>
                            <li>Virginia Wesleyan</li>
                        <li><a href="/prefix/e6/documents/1/">William & Mary</a></li>
                            <li>Bellevue CC</li>
                            <li>C. Washington</li>
                        <li><a href="/prefix/e7/documents/1/">City</a></li>
                            <li>DigiPen</li>
                            <li>Gonzaga</li>
                        <li><a href="/prefix/e8/documents/1/">Pacific Lutheran</a></li>
                            <li>Puget Sound</li>
                            <li>Seattle</li>
                        <li><a href="/prefix/e9/documents/1/">Tacoma Community College</a></li>
                            <li>Washington</li>
                            <li>Washington State</li>
                        <li><a href="/prefix/ea/documents/1/">Western Washington</a></li>
                            <li>Whitman</li>
                            <li>Marshall</li>
                        <li><a href="/prefix/eb/documents/1/">Shepherd</a></li>
                            <li>West Liberty</li>
                            <li>Beloit</li>
                        <li><a href="/prefix/ec/documents/1/">Marquette</a></li>
                            <li>MATC Madison</li>
                            <li>MATC Milwaukee</li>
                        <li><a href="/prefix/ed/documents/1/">MSOE</a></li>
                            <li>Viterbo</li>
                            <li>Wisc Eau Claire</li>
                        <li><a href="/prefix/ee/documents/1/">Wisc La Crosse</a></li>
                            <li>Wisc Oshkosh</li>
                            <li>Wisc Platteville</li>
                        <li><a href="/prefix/ef/documents/1/">Wisc River Falls</a></li>
                            <li>Wisc Stevens Point</li>
                            <li>Wisc Stout</li>
                        <li><a href="/prefix/f0/documents/1/">Wisc Whitewater</a></li>
                            <li>Wisconsin</li>
                            <li>Wisconsin Colleges</li>
                        <li><a href="/prefix/f1/documents/1/">Wisconsin Milwaukee</a></li>
                            <li>Wyoming</li>
                            <li>University of Saskatchewan</li>
                        <li><a href="/prefix/f2/documents/1/">UBC</a></li>
                            <li>Michigan State University</li>
                            <li>Waterloo</li>
                        <li><a href="/prefix/f3/documents/1/">UOW</a></li>
                            <li>Oxford</li>
                            <li>Oakland University</li>
                        <li><a href="/prefix/f4/documents/1/">UWO</a></li>
                            <li>University of Toronto</li>
                            <li>University of Alberta</li>
                        <li><a href="/prefix/f5/documents/1/">National University of Singapore</a></li>
                            <li>Ryerson</li>
                            <li>Windsor</li>
                        <li><a href="/prefix/f6/documents/1/">Carleton CA</a></li>
                            <li>McMaster</li>
                            <li>University of Victoria</li>
                        <li><a href="/prefix/f7/documents/1/">Middle East Technical University</a></li>
                            <li>University of Manchester</li>
                            <li>York University</li>
                        <li><a href="/prefix/f8/documents/1/">UMSL</a></li>
                            <li>Victoria AU</li>
                            <li>Niagara University</li>
                        <li><a href="/prefix/f9/documents/1/">Boğaziçi University</a></li>
                            <li>American University of Sharjah</li>
                            <li>UWA</li>
                        <li><a href="/prefix/fa/documents/1/">University of Phoenix</a></li>
                            <li>Northampton Community College</li>
                            <li>Brock University</li>
                        <li><a href="/prefix/fb/documents/1/">University of Maine</a></li>
                            <li>South Alabama</li>
                            <li>Art Institute</li>
                        <li><a href="/prefix/fc/documents/1/">Queen's University</a></li>
                            <li>Uni. Iceland</li>
                            <li>Concordia Canada</li>
                        <li><a href="/prefix/fd/documents/1/">Franklin CH</a></li>
                            <li>Saint Mary's University</li>
                            <li>Royal Holloway</li>
                        <li><a href="/prefix/fe/documents/1/">Whitworth University</a></li>
                            <li>Joliet Junior College</li>
                            <li>TCD</li>
                        <li><a href="/prefix/ff/documents/1/">Imperial</a></li>
                            <li>Algonquin College</li>
                            <li>Lakehead</li>
              </ul>
  

<div id="footer">
  <script type="text/javascript">
    var __fList_network = false;
     var __fList_textbook = false;
  </script>
    <div class="list">
      <ul>
                  <li><a href="/sitemap/">Network</a></li>
          <script type="text/javascript">
            __fList_network = true;
          </script>
          <li><a href="/keywords/">Educational Concepts</a></li>
          <script type="text/javascript">
            __fList_concepts = true;
          </script>
                          <!-- <li><a href="/textbooks/">Textbooks</a></li> 
          <script type="text/javascript">
            __fList_textbook = true;
          </script>
          -->
            	       </ul>
    </div>
<script src="/javascript/footer.js" type="text/javascript"></script>

<p>Copyright &copy; 2009.  Course Hero, Inc.</p>

</div>

<center>
<p style="font-size:10px">Course Hero is not sponsored or endorsed by any college or university.</p>
</center>





</body>



</html>
